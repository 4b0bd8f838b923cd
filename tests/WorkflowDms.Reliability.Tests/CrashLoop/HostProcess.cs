using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using WorkflowDms.Reliability.Tests.Infrastructure;

namespace WorkflowDms.Reliability.Tests.CrashLoop;

/// <summary>
/// The real host as a child process (the built WorkflowDms.Host.dll of this configuration) on 127.0.0.1 and a free
/// port (the same one on every restart), over one SQLite file that outlives it. <see cref="Kill"/> is SIGKILL on Linux (kill -9): no shutdown
/// hooks, no flush, exactly what the crash test needs.
/// </summary>
internal sealed class HostProcess(string databasePath) : IDisposable
{
    /// <summary>Every start uses the same port, as a restarted service would, so clients just retry.</summary>
    private readonly int port = FreePort();

#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private readonly StringBuilder log = new();
    private Process? process;

    public static string HostDll => Path.Combine(Repository.Root, "src", "WorkflowDms.Host", "bin", Configuration, "net10.0", "WorkflowDms.Host.dll");

    public Uri BaseAddress => new($"http://127.0.0.1:{port}/");

    /// <summary>The last lines the host wrote, for a failure message.</summary>
    public string Tail
    {
        get
        {
            lock (log)
            {
                return log.Length <= 4_000 ? log.ToString() : log.ToString(log.Length - 4_000, 4_000);
            }
        }
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        Assert.True(File.Exists(HostDll), $"build the host first: {HostDll} is missing");
        var start = new ProcessStartInfo("dotnet", [HostDll])
        {
            WorkingDirectory = Path.GetDirectoryName(HostDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_URLS"] = BaseAddress.ToString().TrimEnd('/');
        start.Environment["ConnectionStrings__WorkflowDms"] = $"Data Source={databasePath}";
        start.Environment["WorkflowDms__SeedDemoData"] = "true";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await WaitUntilReadyAsync(cancellationToken);
    }

    /// <summary>SIGKILL, then wait for the process to be gone.</summary>
    public void Kill()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        process?.Dispose();
        process = null;
    }

    public void Dispose() => Kill();

    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        using var probe = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(90))
        {
            if (process!.HasExited)
            {
                Assert.Fail($"the host exited with {process.ExitCode} while starting:\n{Tail}");
            }

            try
            {
                using var response = await probe.GetAsync("/health/ready", cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(100, cancellationToken);
        }

        Assert.Fail($"the host was not ready within 90 s:\n{Tail}");
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            log.AppendLine(line);
            if (log.Length > 64_000)
            {
                log.Remove(0, 32_000);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
