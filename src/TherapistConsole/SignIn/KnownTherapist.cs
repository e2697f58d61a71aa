namespace Telehealth.TherapistConsole.SignIn;

/// <summary>A therapist offered on the development sign-in page (configuration section "Console:Therapists").</summary>
public sealed record KnownTherapist(Guid Id, string Name);
