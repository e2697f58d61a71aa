using Telehealth.Grpc.Reflection.V1;
using Telehealth.Grpc.Server;

namespace Telehealth.Grpc.Reflection;

/// <summary>grpc.reflection.v1.ServerReflection over the services this server maps.</summary>
public sealed class ReflectionService(GrpcServiceRegistry registry)
{
    private ReflectionIndex? _index;

    public async Task ServerReflectionInfo(
        IAsyncStreamReader<ServerReflectionRequest> requestStream,
        IServerStreamWriter<ServerReflectionResponse> responseStream,
        ServerCallContext context)
    {
        while (await requestStream.MoveNext(context.CancellationToken).ConfigureAwait(false))
        {
            await responseStream.WriteAsync(Answer(requestStream.Current), context.CancellationToken).ConfigureAwait(false);
        }
    }

    public ServerReflectionResponse Answer(ServerReflectionRequest request)
    {
        var index = Index();
        var response = new ServerReflectionResponse { ValidHost = request.Host, OriginalRequest = request };
        switch (request.MessageRequestCase)
        {
            case ServerReflectionRequest.MessageRequestOneofCase.ListServices:
                var list = new ListServiceResponse();
                list.Service.AddRange(index.Services.Select(name => new ServiceResponse { Name = name }));
                response.ListServicesResponse = list;
                break;
            case ServerReflectionRequest.MessageRequestOneofCase.FileByFilename:
                Files(response, index.FindFileByName(request.FileByFilename), $"File not found: {request.FileByFilename}");
                break;
            case ServerReflectionRequest.MessageRequestOneofCase.FileContainingSymbol:
                Files(response, index.FindFileBySymbol(request.FileContainingSymbol), $"Symbol not found: {request.FileContainingSymbol}");
                break;
            case ServerReflectionRequest.MessageRequestOneofCase.FileContainingExtension:
                var extension = index.FindExtension(request.FileContainingExtension.ContainingType, request.FileContainingExtension.ExtensionNumber);
                Files(response, extension?.File, "Extension not found.");
                break;
            case ServerReflectionRequest.MessageRequestOneofCase.AllExtensionNumbersOfType:
                var numbers = index.ExtensionNumbersOf(request.AllExtensionNumbersOfType);
                if (numbers is null)
                {
                    Error(response, StatusCode.NotFound, $"Type not found: {request.AllExtensionNumbersOfType}");
                    break;
                }
                var all = new ExtensionNumberResponse { BaseTypeName = request.AllExtensionNumbersOfType };
                all.ExtensionNumber.AddRange(numbers);
                response.AllExtensionNumbersResponse = all;
                break;
            default:
                Error(response, StatusCode.InvalidArgument, "The request names no reflection query.");
                break;
        }
        return response;
    }

    // Services may be mapped after the first reflection call; rebuild when the set grows.
    private ReflectionIndex Index()
    {
        var services = registry.Services;
        var index = Volatile.Read(ref _index);
        if (index is null || index.Services.Count != services.Count)
        {
            index = new ReflectionIndex(services);
            Volatile.Write(ref _index, index);
        }
        return index;
    }

    private static void Files(ServerReflectionResponse response, Google.Protobuf.Reflection.FileDescriptor? file, string notFound)
    {
        if (file is null)
        {
            Error(response, StatusCode.NotFound, notFound);
            return;
        }
        var files = new FileDescriptorResponse();
        files.FileDescriptorProto.AddRange(ReflectionIndex.WithDependencies(file));
        response.FileDescriptorResponse = files;
    }

    private static void Error(ServerReflectionResponse response, StatusCode code, string message) =>
        response.ErrorResponse = new ErrorResponse { ErrorCode = (int)code, ErrorMessage = message };
}
