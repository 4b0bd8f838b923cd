namespace WorkflowDms.LoadTests.Load;

/// <summary>What one request came back with: success as the scenario defines it, and a label to count it under.</summary>
internal readonly record struct RequestOutcome(bool Success, string Label)
{
    public static RequestOutcome FromStatus(int status, params int[] expected) =>
        new(expected.Contains(status), status.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
