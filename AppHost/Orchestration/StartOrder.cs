using Telehealth.AppHost.Model;

namespace Telehealth.AppHost.Orchestration;

/// <summary>Resources ordered so each comes after everything it depends on.</summary>
public static class StartOrder
{
    public static IReadOnlyList<Resource> Of(IReadOnlyList<Resource> resources)
    {
        var ordered = new List<Resource>();
        var visiting = new HashSet<Resource>();
        void Visit(Resource resource)
        {
            if (ordered.Contains(resource))
            {
                return;
            }
            if (!visiting.Add(resource))
            {
                throw new InvalidOperationException($"{resource.Name} depends on itself through its references.");
            }
            foreach (var dependency in resource.Dependencies)
            {
                Visit(dependency);
            }
            ordered.Add(resource);
        }
        foreach (var resource in resources)
        {
            Visit(resource);
        }
        return ordered;
    }
}
