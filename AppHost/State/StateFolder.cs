namespace Telehealth.AppHost.State;

/// <summary>
/// Where a run keeps its data: the databases, the broker's node, the mail pickup folder, the
/// development signing key and apphost.json. A run starts fresh unless told to keep the last one's data.
/// </summary>
public sealed class StateFolder
{
    public const string DirectoryKey = "Telehealth:StateDirectory";
    public const string KeepDataKey = "Telehealth:KeepData";

    private StateFolder(string path, bool keepData)
    {
        Path = path;
        KeepData = keepData;
    }

    public string Path { get; }

    public bool KeepData { get; }

    public string DiscoveryFile => Combine("apphost.json");

    public string IdentityFile => Combine("identity", "signing-key.json");

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    /// <summary>The folder the configuration names (default: .state beside the AppHost folder), emptied unless data is kept.</summary>
    public static StateFolder Prepare(IDistributedApplicationBuilder builder)
    {
        var configured = builder.Configuration[DirectoryKey];
        var path = System.IO.Path.GetFullPath(configured is { Length: > 0 }
            ? configured
            : System.IO.Path.Combine(builder.AppHostDirectory, "..", ".state"));
        var folder = new StateFolder(path, builder.Configuration.GetValue<bool>(KeepDataKey));
        if (!folder.KeepData && Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
        Directory.CreateDirectory(path);
        return folder;
    }
}
