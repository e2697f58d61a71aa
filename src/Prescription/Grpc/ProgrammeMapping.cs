using Google.Protobuf.WellKnownTypes;
using Telehealth.Prescription.Domain;
using Proto = Telehealth.Contracts.Prescription.V1;

namespace Telehealth.Prescription.Grpc;

/// <summary>Domain objects as the API shows them.</summary>
internal static class ProgrammeMapping
{
    public static Proto.Programme ToProto(Programme programme, ProgrammeVersion version, Func<Guid, Exercise?> findExercise)
    {
        var proto = new Proto.Programme
        {
            ProgrammeId = programme.Id.ToString(),
            PatientId = programme.PatientId.ToString(),
            TherapistId = programme.TherapistId.ToString(),
            Status = ToProto(version.Status),
            Version = version.Number,
            ReviewIntervalDays = version.ReviewIntervalDays,
            ChangedAt = Timestamp.FromDateTimeOffset(version.CreatedAt),
            ChangedBy = version.CreatedBy.ToString(),
            Reason = version.Reason,
        };
        proto.Items.AddRange(version.Items.OrderBy(i => i.Order).Select(item => ToProto(item, findExercise(item.ExerciseId))));
        return proto;
    }

    public static Proto.ProgrammeItem ToProto(ProgrammeItem item, Exercise? exercise) => new()
    {
        ItemId = item.ItemId.ToString(),
        ExerciseId = item.ExerciseId.ToString(),
        ExerciseName = item.ExerciseName,
        Category = ToProto(item.Category),
        Dosage = DosageMapping.ToProto(item.Dosage),
        Phase = (Proto.RehabPhase)((int)item.Phase + 1),
        Mode = (Proto.MovementMode)((int)item.Mode + 1),
        Progression = ToProto(item.Progression),
        Order = item.Order,
        DosageText = item.Dosage.Describe(),
        Instructions = exercise?.Instructions ?? "",
    };

    public static Proto.ProgressionSettings ToProto(ProgressionSettings settings)
    {
        var proto = new Proto.ProgressionSettings { AutoProgression = settings.AutoProgressionAllowed };
        if (settings.MaxLoadKg is { } load) proto.MaxLoadKg = (double)load;
        if (settings.MaxHoldSeconds is { } hold) proto.MaxHoldSeconds = hold;
        if (settings.MaxMinutes is { } minutes) proto.MaxMinutes = minutes;
        return proto;
    }

    public static Proto.Exercise ToProto(Exercise exercise)
    {
        var proto = new Proto.Exercise
        {
            ExerciseId = exercise.Id.ToString(),
            Name = exercise.Name,
            Category = ToProto(exercise.Category),
            Instructions = exercise.Instructions,
            Purpose = exercise.Purpose,
            BuiltIn = exercise.IsBuiltIn,
        };
        proto.Contraindications.AddRange(exercise.Contraindications);
        proto.DosageFields.AddRange(System.Enum.GetValues<DosageFields>()
            .Where(field => field != DosageFields.None && IsSingleFlag(field) && exercise.DosageFields.HasFlag(field))
            .Select(field => field.ToString()));
        if (exercise.EquipmentLoadStepKg is { } step)
        {
            proto.LoadStepKg = (double)step;
        }
        return proto;
    }

    public static Proto.ExerciseCategory ToProto(ExerciseCategory category) => (Proto.ExerciseCategory)((int)category + 1);

    public static ExerciseCategory? ToDomain(Proto.ExerciseCategory category) =>
        category == Proto.ExerciseCategory.Unspecified || !System.Enum.IsDefined(category) ? null : (ExerciseCategory)((int)category - 1);

    public static Proto.ProgrammeStatus ToProto(ProgrammeStatus status) => status switch
    {
        ProgrammeStatus.Active => Proto.ProgrammeStatus.Active,
        ProgrammeStatus.Paused => Proto.ProgrammeStatus.Paused,
        ProgrammeStatus.Held => Proto.ProgrammeStatus.OnHold,
        _ => Proto.ProgrammeStatus.Completed,
    };

    public static Proto.Suggestion ToProto(ProgressionSuggestion suggestion, Programme programme)
    {
        // The dose the suggestion started from, which stays what it was once the suggestion is applied.
        var item = programme.FindVersion(suggestion.BasedOnVersion)?.FindItem(suggestion.ItemId) ?? programme.Current.FindItem(suggestion.ItemId);
        var proto = new Proto.Suggestion
        {
            SuggestionId = suggestion.Id.ToString(),
            ProgrammeId = suggestion.ProgrammeId.ToString(),
            PatientId = programme.PatientId.ToString(),
            ItemId = suggestion.ItemId.ToString(),
            ExerciseName = item?.ExerciseName ?? "",
            Kind = suggestion.Kind == SuggestionKind.Progression ? Proto.SuggestionKind.Progression : Proto.SuggestionKind.Regression,
            Proposed = DosageMapping.ToProto(suggestion.ProposedDosage),
            Explanation = suggestion.Explanation,
            BasedOnVersion = suggestion.BasedOnVersion,
            Status = suggestion.Status switch
            {
                SuggestionStatus.Pending => Proto.SuggestionStatus.Pending,
                SuggestionStatus.Approved when suggestion.WasAppliedAutomatically => Proto.SuggestionStatus.AppliedAutomatically,
                SuggestionStatus.Approved => Proto.SuggestionStatus.Approved,
                SuggestionStatus.Edited => Proto.SuggestionStatus.Edited,
                SuggestionStatus.Undone => Proto.SuggestionStatus.Undone,
                _ => Proto.SuggestionStatus.Rejected,
            },
            SuggestedAt = Timestamp.FromDateTimeOffset(suggestion.ReceivedAt),
            DecidedBy = suggestion.DecidedBy?.ToString() ?? "",
            DecisionReason = suggestion.DecisionReason ?? suggestion.AutomationNote ?? "",
        };
        if (item is not null)
        {
            proto.Current = DosageMapping.ToProto(item.Dosage);
        }
        if (suggestion.DecidedAt is { } decidedAt)
        {
            proto.DecidedAt = Timestamp.FromDateTimeOffset(decidedAt);
        }
        return proto;
    }

    private static bool IsSingleFlag(DosageFields field) => ((int)field & ((int)field - 1)) == 0;
}
