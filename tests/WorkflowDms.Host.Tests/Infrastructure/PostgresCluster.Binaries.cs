using System.Diagnostics;

namespace WorkflowDms.Host.Tests.Infrastructure;

public sealed partial class PostgresCluster
{
    /// <summary>
    /// Finds Debian's PostgreSQL server programs and runs them, as the <c>postgres</c> user when the tests run as
    /// root (initdb refuses root).
    /// </summary>
    private sealed class Binaries
    {
        /// <summary>Overrides the search: a directory holding initdb and pg_ctl.</summary>
        public const string DirectoryVariable = "WORKFLOWDMS_PG_BIN";

        private const string ServiceUser = "postgres";

        private readonly string directory;

        private Binaries(string directory) => this.directory = directory;

        public static Binaries Find()
        {
            var candidates = new List<string>();
            if (Environment.GetEnvironmentVariable(DirectoryVariable) is { Length: > 0 } configured)
            {
                candidates.Add(configured);
            }

            if (System.IO.Directory.Exists("/usr/lib/postgresql"))
            {
                // Newest major version first: /usr/lib/postgresql/<major>/bin.
                candidates.AddRange(System.IO.Directory.EnumerateDirectories("/usr/lib/postgresql")
                    .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var major) ? major : 0)
                    .Select(d => Path.Combine(d, "bin")));
            }

            candidates.AddRange((Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries));
            var found = candidates.FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")));
            return found is null
                ? throw new InvalidOperationException(
                    $"{SelectorVariable}=postgres needs PostgreSQL's server programs (initdb, pg_ctl), found neither in " +
                    $"{DirectoryVariable}, /usr/lib/postgresql/*/bin nor PATH. Install Debian's postgresql package or set {DirectoryVariable}.")
                : new Binaries(found);
        }

        /// <summary>Runs a program and returns its output; a non-zero exit throws with everything it printed.</summary>
        public string Run(string program, params string[] arguments)
        {
            var start = new ProcessStartInfo { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            if (Environment.IsPrivilegedProcess)
            {
                start.FileName = "runuser";
                foreach (var argument in (string[])["-u", ServiceUser, "--"])
                {
                    start.ArgumentList.Add(argument);
                }

                start.ArgumentList.Add(Path.Combine(directory, program));
            }
            else
            {
                start.FileName = Path.Combine(directory, program);
            }

            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            var printed = output.GetAwaiter().GetResult() + error.GetAwaiter().GetResult();
            return process.ExitCode == 0
                ? printed
                : throw new InvalidOperationException(
                    $"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}" +
                    (Environment.IsPrivilegedProcess ? $" (run as the '{ServiceUser}' user because the tests run as root)" : "") + ":\n" + printed);
        }
    }
}
