using Google.Protobuf.Reflection;

namespace Telehealth.Grpc.Reflection;

/// <summary>
/// The files behind the mapped services, their imports, and every symbol they declare
/// (services, methods, messages, enums, fields), for answering reflection requests.
/// </summary>
internal sealed class ReflectionIndex
{
    private readonly Dictionary<string, FileDescriptor> _filesByName = [];
    private readonly Dictionary<string, FileDescriptor> _filesBySymbol = [];
    private readonly Dictionary<string, List<FieldDescriptor>> _extensionsByType = [];

    public ReflectionIndex(IEnumerable<ServiceDescriptor> services)
    {
        Services = services.Select(s => s.FullName).ToArray();
        foreach (var service in services)
        {
            AddFile(service.File);
        }
    }

    public IReadOnlyList<string> Services { get; }

    public FileDescriptor? FindFileByName(string name) => _filesByName.GetValueOrDefault(name);

    public FileDescriptor? FindFileBySymbol(string symbol) => _filesBySymbol.GetValueOrDefault(symbol.TrimStart('.'));

    public FieldDescriptor? FindExtension(string containingType, int number) =>
        _extensionsByType.GetValueOrDefault(containingType)?.FirstOrDefault(f => f.FieldNumber == number);

    public IReadOnlyList<int>? ExtensionNumbersOf(string type) =>
        _filesBySymbol.ContainsKey(type)
            ? (_extensionsByType.GetValueOrDefault(type) ?? []).Select(f => f.FieldNumber).ToArray()
            : null;

    /// <summary>The file's serialized descriptor followed by those of everything it imports, each once.</summary>
    public static IReadOnlyList<Google.Protobuf.ByteString> WithDependencies(FileDescriptor file)
    {
        var seen = new HashSet<string>();
        var result = new List<Google.Protobuf.ByteString>();
        var pending = new Stack<FileDescriptor>([file]);
        while (pending.Count > 0)
        {
            var next = pending.Pop();
            if (!seen.Add(next.Name))
            {
                continue;
            }
            result.Add(next.SerializedData);
            foreach (var dependency in next.Dependencies)
            {
                pending.Push(dependency);
            }
        }
        return result;
    }

    private void AddFile(FileDescriptor file)
    {
        if (!_filesByName.TryAdd(file.Name, file))
        {
            return;
        }
        foreach (var service in file.Services)
        {
            _filesBySymbol[service.FullName] = file;
            foreach (var method in service.Methods)
            {
                _filesBySymbol[method.FullName] = file;
            }
        }
        foreach (var message in file.MessageTypes)
        {
            AddMessage(file, message);
        }
        foreach (var enumType in file.EnumTypes)
        {
            _filesBySymbol[enumType.FullName] = file;
        }
        AddExtensions(file, file.Extensions.UnorderedExtensions);
        foreach (var dependency in file.Dependencies)
        {
            AddFile(dependency);
        }
    }

    private void AddMessage(FileDescriptor file, MessageDescriptor message)
    {
        _filesBySymbol[message.FullName] = file;
        foreach (var field in message.Fields.InDeclarationOrder())
        {
            _filesBySymbol[field.FullName] = file;
        }
        foreach (var nested in message.NestedTypes)
        {
            AddMessage(file, nested);
        }
        foreach (var enumType in message.EnumTypes)
        {
            _filesBySymbol[enumType.FullName] = file;
        }
        AddExtensions(file, message.Extensions.UnorderedExtensions);
    }

    private void AddExtensions(FileDescriptor file, IEnumerable<FieldDescriptor> extensions)
    {
        foreach (var extension in extensions)
        {
            _filesBySymbol[extension.FullName] = file;
            var extended = extension.ExtendeeType.FullName;
            if (!_extensionsByType.TryGetValue(extended, out var list))
            {
                _extensionsByType[extended] = list = [];
            }
            list.Add(extension);
        }
    }
}
