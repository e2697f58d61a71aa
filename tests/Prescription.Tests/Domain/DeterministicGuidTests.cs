using Telehealth.Prescription.Domain;

namespace Telehealth.Prescription.Tests.Domain;

public class DeterministicGuidTests
{
    [Fact]
    public void Matches_the_RFC_version_5_reference_value()
    {
        // uuid5(NAMESPACE_DNS, "python.org") from RFC 9562 implementations (e.g. Python's uuid module).
        var dns = Guid.Parse("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

        Assert.Equal(Guid.Parse("886313e1-3b8a-5372-9b90-0c9aee199e5d"), DeterministicGuid.Create(dns, "python.org"));
    }

    [Fact]
    public void Same_name_gives_same_id_and_different_names_differ()
    {
        var ns = Guid.NewGuid();

        Assert.Equal(DeterministicGuid.Create(ns, "a"), DeterministicGuid.Create(ns, "a"));
        Assert.NotEqual(DeterministicGuid.Create(ns, "a"), DeterministicGuid.Create(ns, "b"));
    }
}
