namespace Telehealth.TherapistConsole.SignIn;

/// <summary>The bearer token the console sends the services on behalf of the signed-in therapist.</summary>
public interface ITherapistTokens
{
    ValueTask<string> GetAsync(CancellationToken cancellationToken);
}
