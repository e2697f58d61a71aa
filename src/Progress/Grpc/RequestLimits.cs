using Telehealth.Progress.Rules;

namespace Telehealth.Progress.Grpc;

/// <summary>
/// The most a request may carry, checked before anything is looked up or written. Far above
/// what a patient's app sends, they keep one request from filling the database or the
/// service's memory; together they keep a valid report well under the gRPC receive limit
/// (50 exercises with full notes come to under 200 KiB). Ids are UUIDs, bounded by their format.
/// </summary>
internal static class RequestLimits
{
    /// <summary>Exercises in one session report; a programme has at most 30.</summary>
    public const int Exercises = 50;

    /// <summary>Sets of one exercise in a report.</summary>
    public const int Sets = 20;

    /// <summary>Red-flag answers in a report: each screening question once, with room for more questions.</summary>
    public const int RedFlags = 20;

    /// <summary>The patient's notes on the whole session.</summary>
    public const int ReportNotes = 2000;

    /// <summary>The patient's notes on one exercise.</summary>
    public const int ExerciseNotes = 1000;

    /// <summary>Questionnaire answers: the longest questionnaire, Roland-Morris, has 24 items (ODI has 10).</summary>
    public const int Answers = RolandMorrisQuestionnaire.ItemCount;
}
