using System.Buffers;
using System.Buffers.Binary;
using System.IO.Pipelines;
using Grpc.AspNetCore.Server;
using Microsoft.AspNetCore.Http;

namespace Telehealth.ServiceDefaults.Api;

/// <summary>
/// Reads the request of a call that has an <see cref="UrgentCallRule"/> before the calls-in-flight
/// limiter sees it, without taking it from the body, and marks the call <see cref="UrgentCall"/>
/// when the rule says so. Under overload a pain flare then reaches the therapist without first
/// waiting behind, or being refused with, the routine reports. A compressed or very large
/// message is not read and counts as routine.
/// </summary>
internal sealed class UrgentCallTriage(RequestDelegate next, IEnumerable<UrgentCallRule> rules)
{
    // Reports are a few hundred bytes; anything far larger is not worth holding before admission.
    private const int LargestJudged = 64 * 1024;
    private const int PrefixSize = 5;

    private readonly Dictionary<string, UrgentCallRule> _rules = rules.ToDictionary(rule => rule.Method, StringComparer.Ordinal);

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<GrpcMethodMetadata>() is { } grpc
            && _rules.TryGetValue(grpc.Method.FullName, out var rule))
        {
            try
            {
                if (await JudgeAsync(context.Request.BodyReader, rule, context.RequestAborted))
                {
                    context.Features.Set(UrgentCall.Instance);
                }
            }
            catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
            {
                // The caller is gone; there is no one to answer.
                return;
            }
            catch (Exception exception) when (exception is IOException or BadHttpRequestException)
            {
                // A body that cannot be read is routine here: gRPC meets the same error and answers it.
            }
        }
        await next(context);
    }

    private static async Task<bool> JudgeAsync(PipeReader body, UrgentCallRule rule, CancellationToken cancellationToken)
    {
        while (true)
        {
            var result = await body.ReadAsync(cancellationToken);
            var buffer = result.Buffer;
            if (TryFrame(buffer) is { } framed)
            {
                var urgent = framed.Message is { } message && rule.IsUrgent(message);
                // Nothing consumed or examined: gRPC reads the same message next, at once.
                body.AdvanceTo(buffer.Start);
                return urgent;
            }
            if (result.IsCompleted || result.IsCanceled)
            {
                body.AdvanceTo(buffer.Start);
                return false;
            }
            body.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    /// <summary>The first message once it has all arrived (null when it is not to be read), or null while more is to come.</summary>
    private static Framed? TryFrame(ReadOnlySequence<byte> buffer)
    {
        if (buffer.Length < PrefixSize)
        {
            return null;
        }
        Span<byte> prefix = stackalloc byte[PrefixSize];
        buffer.Slice(0, PrefixSize).CopyTo(prefix);
        var length = BinaryPrimitives.ReadUInt32BigEndian(prefix[1..]);
        if (prefix[0] != 0 || length > LargestJudged)
        {
            return new Framed(null);
        }
        return buffer.Length < PrefixSize + length ? null : new Framed(buffer.Slice(PrefixSize, length));
    }

    private readonly record struct Framed(ReadOnlySequence<byte>? Message);
}
