using Google.Protobuf.WellKnownTypes;
using Telehealth.Contracts.Prescription.V1;
using Telehealth.Contracts.Progress.V1;
using Grpc.Core;
using Telehealth.Testing;
using Grpc.Net.Client;
using Telehealth.ServiceDefaults.Api;
using Telehealth.ServiceDefaults.Security;

namespace Telehealth.AppHost.Tests;

/// <summary>A therapist prescribes and a patient reports, over gRPC, as the apps would.</summary>
internal static class PatientJourney
{
    /// <summary>
    /// Prescribes a programme and reports a session whose pain rose from 2 to 5 (a flare: progress
    /// publishes what scheduling, notification and prescription consume), sent under
    /// <paramref name="traceId"/> so the report's trace can be looked up. Returns the report's id.
    /// </summary>
    public static async Task<string> PrescribeAndReportFlareAsync(Uri prescriptionGrpc, Uri progressGrpc, string stateDirectory, string traceId)
    {
        // Tokens signed with the key this AppHost run made and left in its state folder, as the CLI issues them.
        using var identity = DevelopmentIdentity.Load(Path.Combine(stateDirectory, "identity", "signing-key.json"));
        var therapist = Bearer(identity.Issue(CallerRole.Therapist, Guid.NewGuid()));
        var patientId = Guid.NewGuid();
        var patient = Bearer(identity.Issue(CallerRole.Patient, patientId));
        using var prescription = GrpcChannel.ForAddress(prescriptionGrpc);
        using var progress = GrpcChannel.ForAddress(progressGrpc);
        var prescriptionService = PrescriptionReflection.Descriptor.Services[0];
        var progressService = ProgressReflection.Descriptor.Services[0];

        var templates = await prescription.UnaryCall(
            DescriptorMethods.For<ListTemplatesRequest, ListTemplatesResponse>(prescriptionService.FindMethodByName("ListTemplates")),
            new ListTemplatesRequest(), new CallOptions(headers: therapist));
        var programme = await prescription.UnaryCall(
            DescriptorMethods.For<PrescribeProgrammeRequest, Programme>(prescriptionService.FindMethodByName("PrescribeProgramme")),
            new PrescribeProgrammeRequest { RequestId = Guid.NewGuid().ToString(), PatientId = patientId.ToString(), TemplateId = templates.Templates[0].TemplateId, Reason = "First phase" },
            new CallOptions(headers: therapist));

        var report = new SubmitSessionReportRequest
        {
            ReportId = Guid.NewGuid().ToString(),
            PatientId = patientId.ToString(),
            ProgrammeId = programme.ProgrammeId,
            ProgrammeVersion = programme.Version,
            PerformedAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddMinutes(-5)),
            PainBefore = 2,
            PainAfter = 5,
        };
        report.Exercises.AddRange(programme.Items.Select(item => new ExerciseResult { ItemId = item.ItemId, SkippedBecause = SkipReason.NoTime }));
        var submit = DescriptorMethods.For<SubmitSessionReportRequest, SubmitSessionReportResponse>(progressService.FindMethodByName("SubmitSessionReport"));
        var until = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                var traced = new Metadata { { "traceparent", $"00-{traceId}-{System.Security.Cryptography.RandomNumberGenerator.GetHexString(16, lowercase: true)}-01" } };
                foreach (var entry in patient)
                {
                    traced.Add(entry);
                }
                await progress.UnaryCall(submit, report, new CallOptions(headers: traced));
                return report.ReportId;
            }
            catch (RpcException waiting) when (waiting.StatusCode is StatusCode.NotFound or StatusCode.Unavailable && DateTime.UtcNow < until)
            {
                // Progress learns the programme from prescription's event a moment later.
                await Task.Delay(200);
            }
        }
    }

    private static Metadata Bearer(string token) => new Metadata { { "authorization", "Bearer " + token } };
}
