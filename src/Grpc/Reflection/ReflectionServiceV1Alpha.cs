using Google.Protobuf;
using Telehealth.Grpc.Server;
using Alpha = Telehealth.Grpc.Reflection.V1Alpha;
using V1 = Telehealth.Grpc.Reflection.V1;

namespace Telehealth.Grpc.Reflection;

/// <summary>
/// grpc.reflection.v1alpha.ServerReflection, still what many tools ask for. Its messages are
/// the v1 messages under another package, byte for byte, so requests and answers are translated
/// through their wire form and served by <see cref="ReflectionService"/>.
/// </summary>
public sealed class ReflectionServiceV1Alpha(ReflectionService v1)
{
    public async Task ServerReflectionInfo(
        IAsyncStreamReader<Alpha.ServerReflectionRequest> requestStream,
        IServerStreamWriter<Alpha.ServerReflectionResponse> responseStream,
        ServerCallContext context)
    {
        while (await requestStream.MoveNext(context.CancellationToken).ConfigureAwait(false))
        {
            var request = V1.ServerReflectionRequest.Parser.ParseFrom(requestStream.Current.ToByteString());
            var answer = v1.Answer(request);
            await responseStream.WriteAsync(Alpha.ServerReflectionResponse.Parser.ParseFrom(answer.ToByteString()), context.CancellationToken).ConfigureAwait(false);
        }
    }
}
