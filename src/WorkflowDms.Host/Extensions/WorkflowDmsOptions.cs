namespace WorkflowDms.Host.Extensions;

/// <summary>The <c>WorkflowDms</c> section of appsettings.</summary>
internal sealed class WorkflowDmsOptions
{
    public const string Section = "WorkflowDms";

    /// <summary>Folder of the shipped BPMN workflows; relative paths resolve against the binaries, then the current directory.</summary>
    public string WorkflowsPath { get; set; } = "workflows";

    /// <summary>Folder of the shipped rule sets.</summary>
    public string RulesPath { get; set; } = "rules";

    /// <summary>Largest accepted request body; larger ones get 413.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Seed the demo org, dealers, users and catalogue into an empty database (Development only).</summary>
    public bool SeedDemoData { get; set; }

    /// <summary>
    /// Development only: lets an admin move the clock forward (<c>POST /api/v1/dev/clock/advance</c>) to show expiries
    /// and escalations in a walkthrough. Start-up refuses it in any other environment.
    /// </summary>
    public bool ClockTravelEnabled { get; set; }

    /// <summary>Whether this host fires due timers (tests fire them explicitly, on a moved clock).</summary>
    public bool TimerPollingEnabled { get; set; } = true;

    /// <summary>How often due timers are looked for.</summary>
    public int TimerPollIntervalSeconds { get; set; } = 5;

    /// <summary>Sustained requests per second per API key, per staff user, or per IP when anonymous.</summary>
    public int RateLimitPerSecond { get; set; } = 5000;

    /// <summary>Burst size of the token bucket.</summary>
    public int RateLimitBurst { get; set; } = 10000;
}
