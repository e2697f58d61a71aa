using Google.Protobuf;
using Google.Protobuf.Reflection;
using Telehealth.Contracts.Notification.V1;
using Telehealth.Contracts.Prescription.V1;
using Grpc.Core;
using Telehealth.Testing;
using Grpc.Net.Client;

namespace Telehealth.AppHost.Tests.EndToEnd;

/// <summary>The therapist's side, as the therapist's app would call it: gRPC with a therapist token.</summary>
internal sealed class TherapistClient(Uri prescription, Uri notification, string token) : IDisposable
{
    private static readonly ServiceDescriptor PrescriptionService = PrescriptionReflection.Descriptor.Services[0];
    private static readonly ServiceDescriptor NotificationService = NotificationReflection.Descriptor.Services[0];

    private readonly GrpcChannel _prescription = GrpcChannel.ForAddress(prescription);
    private readonly GrpcChannel _notification = GrpcChannel.ForAddress(notification);
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

    public void Dispose()
    {
        _prescription.Dispose();
        _notification.Dispose();
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
