namespace WorkflowDms.Host.Tests.Infrastructure;

/// <summary>The claims of the README's demo walkthrough, as a dealer's system would post them.</summary>
public static class DemoClaims
{
    public static string RepairedDaysAgo(int days) => DateOnly.FromDateTime(HostFixture.Today.UtcDateTime).AddDays(-days).ToString("yyyy-MM-dd");

    public static object Wiper(string number, string vin = "LSVAU2185N2100001") => new
    {
        dealerClaimNumber = number,
        vin,
        repairOrderNumber = "RO-" + number,
        repairDate = RepairedDaysAgo(5),
        mileageKm = 23500,
        faultCode = "F-WP-002",
        causalPartNumber = "PN-2002",
        lines = new object[]
        {
            new { type = "labor", operationCode = "LOP-WIP-001", hours = 0.3m },
            new { type = "part", partNumber = "PN-2002", quantity = 1 },
        },
    };

    public static object CatalyticConverter(string number, decimal hours = 2.0m, string? comment = null) => new
    {
        dealerClaimNumber = number,
        vin = "LSVAU2185N2100001",
        repairOrderNumber = "RO-" + number,
        repairDate = RepairedDaysAgo(3),
        mileageKm = 24100,
        faultCode = "F-EX-001",
        causalPartNumber = "PN-1001",
        lines = new object[]
        {
            new { type = "labor", operationCode = "LOP-ENG-010", hours, comment },
            new { type = "part", partNumber = "PN-1001", quantity = 1 },
        },
    };
}
