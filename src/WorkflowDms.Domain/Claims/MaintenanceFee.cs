namespace WorkflowDms.Domain.Claims;

/// <summary>
/// The fixed fee the maker pays for a free-maintenance visit (首保) of a model group (infodms RefuseRule03).
/// The highest sequence configured for a model group is the policy's number of free visits (W-37).
/// </summary>
public class MaintenanceFee
{
    private MaintenanceFee()
    {
        ModelGroup = "";
        Currency = "";
    }

    public MaintenanceFee(Guid id, string modelGroup, int sequence, long feeMinor, string currency)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(feeMinor);
        Id = id;
        ModelGroup = modelGroup;
        Sequence = sequence;
        FeeMinor = feeMinor;
        Currency = currency;
    }

    public Guid Id { get; private set; }

    public string ModelGroup { get; private set; }

    public int Sequence { get; private set; }

    public long FeeMinor { get; private set; }

    public string Currency { get; private set; }
}
