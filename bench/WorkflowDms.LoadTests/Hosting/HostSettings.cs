namespace WorkflowDms.LoadTests.Hosting;

/// <summary>How to start the host: its built dll, the port, the database it uses and any further configuration.</summary>
internal sealed record HostSettings(
    string HostDll,
    int Port,
    string Provider,
    string ConnectionString,
    IReadOnlyList<KeyValuePair<string, string>> ExtraSettings,
    string LogFile);
