using Microsoft.Extensions.Options;
using Telehealth.ServiceDefaults.Api;
using Telehealth.ServiceDefaults.Security;

namespace Telehealth.ServiceDefaults.Tests.Security;

public sealed class ConcurrentValidationTests
{
    [Fact]
    public async Task Many_first_time_tokens_validated_at_once_are_all_accepted()
    {
        using var identity = DevelopmentIdentity.Create();
        var settings = new TokenSettings { Issuer = identity.Issuer, Audience = identity.Audience };
        settings.SigningKeys.Add(new SigningKeySetting { KeyId = identity.KeyId, PublicKey = identity.PublicKeyPem });
        var validator = new BearerTokenValidator(Options.Create(settings));
        var tokens = Enumerable.Range(0, 5000).Select(_ => identity.Issue(CallerRole.Therapist, Guid.NewGuid())).ToList();

        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        await Parallel.ForEachAsync(tokens, new ParallelOptions { MaxDegreeOfParallelism = 128 }, async (token, _) =>
        {
            if ((await validator.ValidateAsync(token)).Failure is { } failure)
            {
                failures.Add(failure);
            }
        });

        Assert.Empty(failures);
    }
}
