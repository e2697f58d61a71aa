using Telehealth.Prescription.Domain;

namespace Telehealth.Prescription.Grpc;

/// <summary>
/// The most a request may carry, checked before anything is looked up or written. Far above
/// anything a therapist enters, they keep one request from filling the database, the events
/// or the service's memory; together they keep a valid request well under the gRPC receive
/// limit. Ids are UUIDs, bounded by their format.
/// </summary>
internal static class RequestLimits
{
    /// <summary>SearchExercises text.</summary>
    public const int SearchText = 200;

    /// <summary>AddExercise name; the library's own bound.</summary>
    public const int ExerciseName = Exercise.MaxNameLength;

    /// <summary>AddExercise purpose and instructions; the library's own bound.</summary>
    public const int ExerciseText = Exercise.MaxTextLength;

    /// <summary>AddExercise contraindications; the library's own bound.</summary>
    public const int Contraindications = Exercise.MaxContraindications;

    /// <summary>One contraindication: a condition, not a paragraph.</summary>
    public const int Contraindication = 200;

    /// <summary>Exercises in a programme; the programme's own bound.</summary>
    public const int Items = ProgrammeItemsValidator.MaxItems;

    /// <summary>Dosage days: each day of the week once.</summary>
    public const int Days = 7;

    /// <summary>Why a programme is prescribed, adjusted, paused, resumed or completed.</summary>
    public const int Reason = 2000;

    /// <summary>The therapist's note on a suggestion they edit or reject; it is added to the suggestion's explanation.</summary>
    public const int DecisionReason = ProgressionSuggestion.MaxNoteLength;
}
