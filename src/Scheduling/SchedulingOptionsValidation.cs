using Microsoft.Extensions.Options;

namespace Telehealth.Scheduling;

/// <summary>Refuses to start on a configuration that would plan nonsense, naming each problem.</summary>
internal sealed class SchedulingOptionsValidation : IValidateOptions<SchedulingOptions>
{
    public ValidateOptionsResult Validate(string? name, SchedulingOptions options)
    {
        var problems = options.Problems().ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
