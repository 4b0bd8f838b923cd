namespace WorkflowDms.Domain.Catalog;

/// <summary>A flat-rate labour operation. Hours are stored ×100 as integers so sums stay exact.</summary>
public class LaborOperation
{
    public const string AllModelGroups = "*";

    private LaborOperation()
    {
        Code = "";
        Description = "";
        ModelGroups = AllModelGroups;
    }

    public LaborOperation(string code, string description, long standardHundredthHours, string modelGroups)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(standardHundredthHours);
        Code = code;
        Description = description;
        StandardHundredthHours = standardHundredthHours;
        ModelGroups = string.IsNullOrWhiteSpace(modelGroups) ? AllModelGroups : modelGroups;
    }

    public string Code { get; private set; }

    public string Description { get; private set; }

    /// <summary>Standard time in hundredths of an hour (2.0 h = 200).</summary>
    public long StandardHundredthHours { get; private set; }

    /// <summary>"*" for every model group, otherwise a comma-separated list.</summary>
    public string ModelGroups { get; private set; }

    public bool AppliesTo(string modelGroup)
    {
        if (ModelGroups == AllModelGroups)
        {
            return true;
        }

        foreach (var range in ModelGroups.AsSpan().Split(','))
        {
            if (ModelGroups.AsSpan(range).Trim().Equals(modelGroup, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
