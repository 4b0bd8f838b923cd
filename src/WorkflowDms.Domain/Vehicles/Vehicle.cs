using WorkflowDms.Domain.Errors;

namespace WorkflowDms.Domain.Vehicles;

/// <summary>A vehicle of the master, with its base warranty coverage.</summary>
public class Vehicle
{
    private Vehicle()
    {
        Vin = "";
        ModelGroup = "";
    }

    public Guid Id { get; private set; }

    /// <summary>Unique, validated, upper case.</summary>
    public string Vin { get; private set; }

    public string ModelGroup { get; private set; }

    public DateTime ProductionDate { get; private set; }

    /// <summary>Registration / retail delivery: starts the warranty clock.</summary>
    public DateTime? InServiceDate { get; private set; }

    public int CoverageMonths { get; private set; }

    public int CoverageKm { get; private set; }

    public bool SalvageTitle { get; private set; }

    /// <summary>The selling dealer's org node, when known.</summary>
    public Guid? DealerOrgNodeId { get; private set; }

    /// <summary>In-service date + coverage months, or null before retail delivery.</summary>
    public DateTime? CoverageEndsOn => InServiceDate?.AddMonths(CoverageMonths);

    public static Vehicle Register(Guid id, string vin, string modelGroup, DateTime productionDate, int coverageMonths, int coverageKm, Guid? dealerOrgNodeId = null)
    {
        var normalized = VinValidator.Normalize(vin);
        var result = VinValidator.Validate(normalized);
        if (!result.IsValid)
        {
            throw new BusinessRuleException("invalid-vin", $"VIN '{vin}': {result.Reason}");
        }

        if (coverageMonths < 0 || coverageKm < 0)
        {
            throw new BusinessRuleException("invalid-coverage", "Coverage cannot be negative.");
        }

        return new Vehicle
        {
            Id = id,
            Vin = normalized,
            ModelGroup = modelGroup,
            ProductionDate = productionDate,
            CoverageMonths = coverageMonths,
            CoverageKm = coverageKm,
            DealerOrgNodeId = dealerOrgNodeId,
        };
    }

    public void PutInService(DateTime inServiceDate, Guid? dealerOrgNodeId)
    {
        if (inServiceDate < ProductionDate)
        {
            throw new BusinessRuleException("in-service-before-production", "A vehicle cannot enter service before it was produced (WTY_VS 009).");
        }

        InServiceDate = inServiceDate;
        DealerOrgNodeId = dealerOrgNodeId ?? DealerOrgNodeId;
    }

    public void MarkSalvageTitle() => SalvageTitle = true;
}
