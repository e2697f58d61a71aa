namespace Telehealth.Cli;

/// <summary>What the process exit code tells a script; the same table is in --help and README.md.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int Unexpected = 1;
    public const int Usage = 2;
    public const int Denied = 3;
    public const int NotFound = 4;
    public const int InvalidInput = 5;
    public const int Unavailable = 6;
    public const int Conflict = 7;
    public const int Interrupted = 130;

    public static readonly IReadOnlyList<(int Code, string Meaning)> Table =
    [
        (Ok, "done"),
        (Unexpected, "unexpected failure (a bug, or a service error with no better code)"),
        (Usage, "usage: a missing or bad option, or no address or token to use"),
        (Denied, "the token is missing, expired or not accepted, or the caller may not do this"),
        (NotFound, "what was asked for does not exist (patient, programme, template, suggestion…)"),
        (InvalidInput, "a service refused the input; each field at fault is listed"),
        (Unavailable, "a service or the AppHost could not be reached or did not answer in time, or the AppHost runs without a dashboard"),
        (Conflict, "the record changed meanwhile or is not in a state that allows this; look again and retry"),
        (Interrupted, "interrupted (Ctrl+C)"),
    ];
}
