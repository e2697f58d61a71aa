namespace Telehealth.Cli.Output;

/// <summary>What an RPC is, in a person's words, and which roles the services let call it at all.</summary>
internal sealed record RpcAudience(string What, IReadOnlyList<string> Roles)
{
    /// <summary>"therapists", "patients and therapists".</summary>
    public string RolesInWords => string.Join(" and ", Roles.Select(role => role + "s"));

    public bool Admits(string role) => Roles.Contains(role, StringComparer.OrdinalIgnoreCase);
}
