namespace WorkflowDms.Domain.Catalog;

/// <summary>A spare part with its warranty price (minor units) and return flag.</summary>
public class Part
{
    private Part()
    {
        PartNumber = "";
        Description = "";
    }

    public Part(string partNumber, string description, long priceMinor, bool returnable, int maxQuantityPerVehicle)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(priceMinor);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxQuantityPerVehicle);
        PartNumber = partNumber;
        Description = description;
        PriceMinor = priceMinor;
        Returnable = returnable;
        MaxQuantityPerVehicle = maxQuantityPerVehicle;
    }

    public string PartNumber { get; private set; }

    public string Description { get; private set; }

    public long PriceMinor { get; private set; }

    /// <summary>The replaced (old) part must be sent back for inspection.</summary>
    public bool Returnable { get; private set; }

    /// <summary>Bill-of-materials usage: more on one claim is a finding (infodms UntreadRule12).</summary>
    public int MaxQuantityPerVehicle { get; private set; }

    public void Reprice(long priceMinor)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(priceMinor);
        PriceMinor = priceMinor;
    }
}
