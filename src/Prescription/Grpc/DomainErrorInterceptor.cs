using Google.Rpc;
using Microsoft.EntityFrameworkCore;
using Grpc.Core;
using Telehealth.ServiceDefaults.Api;
using Grpc.Core.Interceptors;
using Telehealth.Prescription.Domain;

namespace Telehealth.Prescription.Grpc;

/// <summary>
/// Domain refusals become the statuses a client can act on: invalid input names its fields,
/// a stale version is ABORTED and says which version is current, a state that forbids the
/// change is FAILED_PRECONDITION.
/// </summary>
public sealed class DomainErrorInterceptor(ILogger<DomainErrorInterceptor> logger) : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context);
        }
        catch (ConcurrencyConflictException conflict)
        {
            throw RichStatus.ToRpcException(StatusCode.Aborted, conflict.Message, Violation(conflict));
        }
        catch (DomainValidationException invalid)
        {
            throw RichStatus.InvalidArgument(invalid.Violations.Select(v => (v.Field, v.Description)));
        }
        catch (DomainException refused)
        {
            throw RichStatus.ToRpcException(StatusCode.FailedPrecondition, refused.Message, Violation(refused));
        }
        catch (DbUpdateException conflict)
        {
            logger.LogWarning("{Method} lost a write race: {Error}", context.Method, conflict.InnerException?.Message ?? conflict.Message);
            // Two writers raced for the same new version; the loser reads again and retries.
            throw new RpcException(new global::Grpc.Core.Status(StatusCode.Aborted, "The programme changed while this request was being processed; read it again and retry."));
        }
    }

    private static PreconditionFailure Violation(DomainException exception)
    {
        var failure = new PreconditionFailure();
        failure.Violations.AddRange(exception.Violations.Select(v => new PreconditionFailure.Types.Violation { Type = "STATE", Subject = v.Field, Description = v.Description }));
        return failure;
    }
}
