using Grpc.Core;
using Telehealth.Contracts.Audit.V1;
using Telehealth.TherapistConsole.Wording;

namespace Telehealth.TherapistConsole.Audit;

/// <summary>Where the reading of one service's trail has got to: the records read and not yet shown, and the next page's token.</summary>
public sealed class AuditCursor(AuditSource source)
{
    private string _token = "";

    public AuditSource Source { get; } = source;

    public Queue<AuditRecord> Unshown { get; } = new();

    /// <summary>Every page read, or the service refused or failed.</summary>
    public bool Exhausted { get; private set; }

    /// <summary>Why the trail could not be read, when it could not.</summary>
    public ServiceProblem? Problem { get; private set; }

    public bool NeedsPage => Unshown.Count == 0 && !Exhausted;

    public async Task ReadPageAsync(string patientId, int pageSize, CancellationToken cancellationToken)
    {
        try
        {
            var page = await Source.Client.ListAuditRecordsAsync(
                new ListAuditRecordsRequest { PatientId = patientId, PageSize = pageSize, PageToken = _token },
                cancellationToken: cancellationToken);
            foreach (var record in page.Records)
            {
                Unshown.Enqueue(record);
            }
            _token = page.NextPageToken;
            Exhausted = _token.Length == 0;
        }
        catch (RpcException exception)
        {
            // One service out of reach leaves the others' records to read.
            Problem = ServiceProblem.From(exception);
            Exhausted = true;
        }
    }
}
