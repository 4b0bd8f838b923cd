using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace WorkflowDms.Host.Tests.Infrastructure;

/// <summary>Starting and stopping the cluster, and cleaning up after test processes that were killed.</summary>
public sealed partial class PostgresCluster
{
    private const int StartAttempts = 3;

    private static readonly string Root = Path.Combine(Path.GetTempPath(), "wdms-pg");

    private static PostgresCluster Start()
    {
        var binaries = Binaries.Find();
        System.IO.Directory.CreateDirectory(Root);
        if (Environment.IsPrivilegedProcess && !OperatingSystem.IsWindows())
        {
            // initdb then runs as the postgres user, which must be able to create its directory here (sticky, like /tmp).
            File.SetUnixFileMode(Root, (UnixFileMode)Convert.ToInt32("1777", 8));
        }

        RemoveOrphans(binaries);

        var directory = Path.Combine(Root, Guid.NewGuid().ToString("N"));
        var cluster = new PostgresCluster(directory, FreePort());
        binaries.Run("initdb", "-D", cluster.DataDirectory, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C", "--no-sync");
        File.WriteAllText(Path.Combine(directory, "owner.pid"), Environment.ProcessId.ToString(CultureInfo.InvariantCulture));

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                binaries.Run("pg_ctl", "start", "-w", "-t", "60", "-D", cluster.DataDirectory, "-l", Path.Combine(cluster.DataDirectory, "server.log"),
                    "-o", cluster.ServerOptions());
                break;
            }
            catch (InvalidOperationException) when (attempt < StartAttempts)
            {
                // The free port was taken between probing and binding: try another.
                cluster = new PostgresCluster(directory, FreePort());
            }
            catch (InvalidOperationException e)
            {
                var log = Path.Combine(cluster.DataDirectory, "server.log");
                throw new InvalidOperationException(e.Message + (File.Exists(log) ? "\nserver log:\n" + File.ReadAllText(log) : ""), e);
            }
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.Stop(binaries);
        return cluster;
    }

    /// <summary>
    /// Throwaway data: no fsync, no full-page writes. Enough connections for every fixture's pool; the socket
    /// lives in the data directory, which the server's user owns.
    /// </summary>
    private string ServerOptions() => string.Join(' ',
        $"-p {Port}",
        "-c listen_addresses=127.0.0.1",
        $"-c unix_socket_directories={DataDirectory}",
        "-c fsync=off",
        "-c synchronous_commit=off",
        "-c full_page_writes=off",
        "-c max_connections=400");

    private void Stop(Binaries binaries)
    {
        try
        {
            binaries.Run("pg_ctl", "stop", "-m", "fast", "-w", "-D", DataDirectory);
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"warning: could not stop the test PostgreSQL cluster in {Directory}: {e.Message}");
        }
    }

    /// <summary>Stops and deletes clusters whose test process died without stopping them (killed, or a crashed run).</summary>
    private static void RemoveOrphans(Binaries binaries)
    {
        foreach (var directory in System.IO.Directory.EnumerateDirectories(Root))
        {
            var ownerFile = Path.Combine(directory, "owner.pid");
            if (!File.Exists(ownerFile) || !int.TryParse(File.ReadAllText(ownerFile), CultureInfo.InvariantCulture, out var owner) || IsAlive(owner))
            {
                continue;
            }

            try
            {
                binaries.Run("pg_ctl", "stop", "-m", "immediate", "-D", Path.Combine(directory, "data"));
            }
            catch (InvalidOperationException)
            {
                // Not running any more: only the files are left.
            }

            try
            {
                System.IO.Directory.Delete(directory, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Another user's leftovers: not ours to delete.
            }
        }
    }

    private static bool IsAlive(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
