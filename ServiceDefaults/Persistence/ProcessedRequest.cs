namespace Telehealth.ServiceDefaults.Persistence;

/// <summary>The answer given to a client-chosen request id, returned again when the client retries.</summary>
public sealed class ProcessedRequest
{
    private ProcessedRequest()
    {
    }

    public ProcessedRequest(string requestId, string method, string callerId, byte[] response, DateTimeOffset at)
    {
        RequestId = requestId;
        Method = method;
        CallerId = callerId;
        Response = response;
        ProcessedAt = at;
    }

    public string RequestId { get; private set; } = "";

    public string Method { get; private set; } = "";

    public string CallerId { get; private set; } = "";

    public byte[] Response { get; private set; } = [];

    public DateTimeOffset ProcessedAt { get; private set; }
}
