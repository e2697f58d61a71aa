using Telehealth.Prescription.Data;
using Telehealth.Prescription.Domain;
using Telehealth.Prescription.Grpc;
using Telehealth.ServiceDefaults.Api;
using Telehealth.ServiceDefaults.Persistence;
using Proto = Telehealth.Contracts.Prescription.V1;

namespace Telehealth.Prescription.Programmes;

/// <summary>Searching the library, adding a therapist's own exercise, and the templates to start from.</summary>
public sealed class ExerciseCatalogueApi(PrescriptionDbContext db, ExerciseLibrary library, TimeProvider clock)
{
    private const string AddMethod = "AddExercise";

    public async Task<Proto.SearchExercisesResponse> SearchAsync(Proto.SearchExercisesRequest request, Caller caller, CancellationToken cancellationToken)
    {
        caller.Require(CallerRole.Therapist);
        new FieldErrors().MaxLength("text", request.Text, RequestLimits.SearchText).ThrowIfAny();
        var visible = await library.VisibleToAsync(caller.Id, cancellationToken);
        var found = ExerciseSearch.Search(visible.Values, new ExerciseQuery(request.Text, ProgrammeMapping.ToDomain(request.Category), caller.Id));
        var response = new Proto.SearchExercisesResponse();
        response.Exercises.AddRange(found.Select(ProgrammeMapping.ToProto));
        return response;
    }

    public async Task<Proto.Exercise> AddAsync(Proto.AddExerciseRequest request, Caller caller, CancellationToken cancellationToken)
    {
        caller.Require(CallerRole.Therapist);
        var errors = new FieldErrors();
        errors.Uuid("request_id", request.RequestId);
        errors.MaxLength("name", request.Name, RequestLimits.ExerciseName)
            .MaxLength("purpose", request.Purpose, RequestLimits.ExerciseText)
            .MaxLength("instructions", request.Instructions, RequestLimits.ExerciseText)
            .MaxStrings("contraindications", request.Contraindications, RequestLimits.Contraindications, RequestLimits.Contraindication);
        if (ProgrammeMapping.ToDomain(request.Category) is null)
        {
            errors.Add("category", "must name a category");
        }
        errors.ThrowIfAny();
        if (await db.FindAnswerAsync(request.RequestId, AddMethod, caller.Id, Proto.Exercise.Parser, cancellationToken) is { } answered)
        {
            return answered;
        }
        var now = clock.GetUtcNow();
        var exercise = Exercise.AddCustom(
            Guid.NewGuid(), request.Name, ProgrammeMapping.ToDomain(request.Category)!.Value, request.Purpose, request.Instructions,
            request.Contraindications.ToList(), null, request.HasLoadStepKg ? DosageMapping.Kilograms(request.LoadStepKg) : null, caller.Id, now);
        db.Exercises.Add(exercise);
        var answer = ProgrammeMapping.ToProto(exercise);
        db.RememberAnswer(request.RequestId, AddMethod, caller.Id, answer, now);
        return await db.SaveUnlessAnsweredMeanwhileAsync(request.RequestId, AddMethod, caller.Id, Proto.Exercise.Parser, cancellationToken) ?? answer;
    }

    public Proto.ListTemplatesResponse Templates(Caller caller)
    {
        caller.Require(CallerRole.Therapist);
        var response = new Proto.ListTemplatesResponse();
        foreach (var template in ProgrammeTemplates.All)
        {
            var proto = new Proto.ProgrammeTemplate { TemplateId = template.Id.ToString(), Name = template.Name, Description = template.Description };
            proto.Items.AddRange(template.Items.Select(item => new Proto.ProgrammeItemInput
            {
                ExerciseId = item.ExerciseId.ToString(),
                Dosage = DosageMapping.ToProto(item.Dosage),
                Phase = (Proto.RehabPhase)((int)item.Phase + 1),
                Mode = (Proto.MovementMode)((int)item.Mode + 1),
                Progression = ProgrammeMapping.ToProto(item.Progression),
            }));
            response.Templates.Add(proto);
        }
        return response;
    }
}
