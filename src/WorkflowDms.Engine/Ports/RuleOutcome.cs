namespace WorkflowDms.Engine.Ports;

/// <summary>
/// What a fired rule asks for. Declared in ascending precedence: when several rules fire, the decisive outcome
/// of an evaluation is the one with the highest value (domain-reference §9: Reject &gt; Return &gt; Route &gt;
/// Adjust &gt; AutoPass; Block and Hold stop a document outright, so they rank above Reject).
/// </summary>
public enum RuleOutcome
{
    /// <summary>Nothing to object to; the case may pass automatically.</summary>
    AutoPass = 0,
    /// <summary>Informational alert; does not change the path.</summary>
    Alert = 1,
    /// <summary>An amount is reduced (e.g. labour rate down to the dealer's approved rate).</summary>
    Adjust = 2,
    /// <summary>A person must look at it (manual review queue).</summary>
    Route = 3,
    /// <summary>Sent back to the submitter for correction.</summary>
    SendBack = 4,
    /// <summary>Final denial.</summary>
    Reject = 5,
    /// <summary>Needs an approval or release before it may go on (e.g. credit hold).</summary>
    Hold = 6,
    /// <summary>Hard stop.</summary>
    Block = 7,
}
