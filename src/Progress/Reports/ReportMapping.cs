using Google.Protobuf.WellKnownTypes;
using Telehealth.Progress.Rules;
using Proto = Telehealth.Contracts.Progress.V1;

namespace Telehealth.Progress.Reports;

/// <summary>Between the public API's messages and the rules' records.</summary>
internal static class ReportMapping
{
    public static ExerciseResult ToRules(Proto.ExerciseResult result) => new(
        Guid.Parse(result.ItemId),
        result.Sets.Select(set => new SetResult(
            set.HasReps ? set.Reps : null,
            set.HasLoadKg ? (decimal)set.LoadKg : null,
            set.HasHoldSeconds ? set.HoldSeconds : null,
            set.HasMinutes ? set.Minutes : null)).ToList(),
        result.HasRpe ? result.Rpe : null,
        result.HasPainDuring ? result.PainDuring : null,
        ToRules(result.SkippedBecause));

    public static SkipReason? ToRules(Proto.SkipReason reason) => reason switch
    {
        Proto.SkipReason.Pain => SkipReason.Pain,
        Proto.SkipReason.NoTime => SkipReason.NoTime,
        Proto.SkipReason.NoEquipment => SkipReason.NoEquipment,
        Proto.SkipReason.FeltUnwell => SkipReason.Unwell,
        Proto.SkipReason.Other => SkipReason.Other,
        _ => null,
    };

    public static RedFlag ToRules(Proto.RedFlag flag) => flag switch
    {
        Proto.RedFlag.NewSaddleNumbness => RedFlag.NewSaddleNumbness,
        Proto.RedFlag.NewBladderOrBowelControlDifficulty => RedFlag.NewBladderOrBowelControlDifficulty,
        Proto.RedFlag.ProgressiveLegWeakness => RedFlag.ProgressiveLegWeakness,
        Proto.RedFlag.PainInBothLegs => RedFlag.PainInBothLegs,
        Proto.RedFlag.Fever => RedFlag.Fever,
        Proto.RedFlag.UnexplainedWeightLoss => RedFlag.UnexplainedWeightLoss,
        Proto.RedFlag.NightPainWithHistoryOfCancer => RedFlag.NightPainWithHistoryOfCancer,
        _ => throw new ArgumentOutOfRangeException(nameof(flag), flag, "not a red flag"),
    };

    public static Proto.Feedback ToProto(PatientFeedback feedback) => new()
    {
        Tone = feedback.Tone switch
        {
            FeedbackTone.Urgent => Proto.FeedbackTone.Urgent,
            FeedbackTone.Caution => Proto.FeedbackTone.Caution,
            _ => Proto.FeedbackTone.Encouraging,
        },
        Message = feedback.Explanation,
    };

    public static DateTimeOffset ToInstant(Timestamp timestamp) => timestamp.ToDateTimeOffset();
}
