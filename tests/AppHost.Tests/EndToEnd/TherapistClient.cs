using Google.Protobuf;
using Google.Protobuf.Reflection;
using Telehealth.Contracts.Notification.V1;
using Telehealth.Contracts.Prescription.V1;
using Telehealth.Contracts.Progress.V1;
using Grpc.Core;
using Telehealth.Testing;
using Grpc.Net.Client;

namespace Telehealth.AppHost.Tests.EndToEnd;

/// <summary>The therapist's side, as the therapist's app would call it: gRPC with a therapist token.</summary>
internal sealed class TherapistClient(Uri prescription, Uri notification, Uri progress, string token) : IDisposable
{
    private static readonly ServiceDescriptor PrescriptionService = PrescriptionReflection.Descriptor.Services[0];
    private static readonly ServiceDescriptor NotificationService = NotificationReflection.Descriptor.Services[0];
    private static readonly ServiceDescriptor ProgressService = ProgressReflection.Descriptor.Services[0];

    private readonly GrpcChannel _prescription = GrpcChannel.ForAddress(prescription);
    private readonly GrpcChannel _notification = GrpcChannel.ForAddress(notification);
    private readonly GrpcChannel _progress = GrpcChannel.ForAddress(progress);
    private readonly Metadata _headers = new Metadata { { "authorization", "Bearer " + token } };

    public Task<SearchExercisesResponse> SearchExercisesAsync(string text) =>
        CallAsync<SearchExercisesRequest, SearchExercisesResponse>(_prescription, PrescriptionService, "SearchExercises", new SearchExercisesRequest { Text = text });

    public Task<Programme> PrescribeAsync(PrescribeProgrammeRequest request) =>
        CallAsync<PrescribeProgrammeRequest, Programme>(_prescription, PrescriptionService, "PrescribeProgramme", request);

    public Task<ListSuggestionsResponse> PendingSuggestionsAsync(string patientId) =>
        CallAsync<ListSuggestionsRequest, ListSuggestionsResponse>(_prescription, PrescriptionService, "ListSuggestions",
            new ListSuggestionsRequest { PatientId = patientId, PendingOnly = true });

    public Task<DecideSuggestionResponse> ApproveAsync(string suggestionId, string reason) =>
        CallAsync<DecideSuggestionRequest, DecideSuggestionResponse>(_prescription, PrescriptionService, "DecideSuggestion",
            new DecideSuggestionRequest { RequestId = Guid.NewGuid().ToString(), SuggestionId = suggestionId, Decision = Decision.Approve, Reason = reason });

    public Task<ListNotificationsResponse> InboxAsync() =>
        CallAsync<ListNotificationsRequest, ListNotificationsResponse>(_notification, NotificationService, "ListNotifications",
            new ListNotificationsRequest { PageSize = 200 });

    public Task<Notification> AcknowledgeAsync(string notificationId) =>
        CallAsync<AcknowledgeRequest, Notification>(_notification, NotificationService, "Acknowledge", new AcknowledgeRequest { NotificationId = notificationId });

    public Task<Programme> ProgrammeAsync(string programmeId) =>
        CallAsync<GetProgrammeRequest, Programme>(_prescription, PrescriptionService, "GetProgramme", new GetProgrammeRequest { ProgrammeId = programmeId });

    public Task<Programme> ResumeAsync(string programmeId, int expectedVersion, string reason) =>
        CallAsync<ChangeProgrammeStatusRequest, Programme>(_prescription, PrescriptionService, "ChangeProgrammeStatus", new ChangeProgrammeStatusRequest
        {
            RequestId = Guid.NewGuid().ToString(),
            ProgrammeId = programmeId,
            ExpectedVersion = expectedVersion,
            Status = ProgrammeStatus.Active,
            Reason = reason,
        });

    public Task<GetTriageResponse> TriageAsync() =>
        CallAsync<GetTriageRequest, GetTriageResponse>(_progress, ProgressService, "GetTriage", new GetTriageRequest());

    public void Dispose()
    {
        _prescription.Dispose();
        _notification.Dispose();
        _progress.Dispose();
    }

    private async Task<TResponse> CallAsync<TRequest, TResponse>(GrpcChannel channel, ServiceDescriptor service, string method, TRequest request)
        where TRequest : class, IMessage<TRequest>, new()
        where TResponse : class, IMessage<TResponse>, new() =>
        await channel.UnaryCall(
            // Reads are safe to repeat and every write carries its request id: all may be retried on UNAVAILABLE.
            DescriptorMethods.For<TRequest, TResponse>(service.FindMethodByName(method)),
            request,
            new CallOptions(headers: _headers, deadline: DateTime.UtcNow + TimeSpan.FromSeconds(30)));
}
