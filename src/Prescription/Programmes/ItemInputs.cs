using Telehealth.Prescription.Domain;
using Telehealth.Prescription.Grpc;
using Telehealth.ServiceDefaults.Api;
using Proto = Telehealth.Contracts.Prescription.V1;

namespace Telehealth.Prescription.Programmes;

/// <summary>The API's item inputs as the domain's item specs, the exercise of each looked up in the library.</summary>
internal static class ItemInputs
{
    public static IReadOnlyList<ProgrammeItemSpec> ToSpecs(IList<Proto.ProgrammeItemInput> inputs, IReadOnlyDictionary<Guid, Exercise> library, FieldErrors errors)
    {
        if (inputs.Count > RequestLimits.Items)
        {
            errors.Add("items", $"must have at most {RequestLimits.Items} exercises");
            return [];
        }
        var specs = new List<ProgrammeItemSpec>();
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            var path = $"items[{i}]";
            Guid? itemId = null;
            if (input.ItemId.Length > 0)
            {
                itemId = errors.Uuid($"{path}.item_id", input.ItemId);
            }
            errors.MaxCount($"{path}.dosage.days", input.Dosage?.Days.Count ?? 0, RequestLimits.Days);
            var exerciseId = errors.Uuid($"{path}.exercise_id", input.ExerciseId);
            if (exerciseId == Guid.Empty)
            {
                continue;
            }
            if (!library.TryGetValue(exerciseId, out var exercise))
            {
                errors.Add($"{path}.exercise_id", "is not in the exercise library");
                continue;
            }
            if (input.Phase == Proto.RehabPhase.Unspecified || !Enum.IsDefined(input.Phase))
            {
                errors.Add($"{path}.phase", "must be COORDINATION, ENDURANCE or STRENGTH");
                continue;
            }
            if (input.Mode == Proto.MovementMode.Unspecified || !Enum.IsDefined(input.Mode))
            {
                errors.Add($"{path}.mode", "must be STATIC or DYNAMIC");
                continue;
            }
            specs.Add(ProgrammeItemSpec.For(
                exercise,
                DosageMapping.ToDomain(input.Dosage),
                (RehabPhase)((int)input.Phase - 1),
                (MovementMode)((int)input.Mode - 1),
                ToDomain(input.Progression)) with { ItemId = itemId });
        }
        return specs;
    }

    private static ProgressionSettings ToDomain(Proto.ProgressionSettings? settings) => settings is null
        ? ProgressionSettings.Manual
        : new ProgressionSettings
        {
            AutoProgressionAllowed = settings.AutoProgression,
            MaxLoadKg = settings.HasMaxLoadKg ? DosageMapping.Kilograms(settings.MaxLoadKg) : null,
            MaxHoldSeconds = settings.HasMaxHoldSeconds ? settings.MaxHoldSeconds : null,
            MaxMinutes = settings.HasMaxMinutes ? settings.MaxMinutes : null,
        };
}
