namespace WorkflowDms.Reliability.Tests.Infrastructure;

/// <summary>Warranty claims as a dealer's system posts them, on the demo data (vehicle, catalogue, D1001's rate).</summary>
internal static class ClaimBodies
{
    /// <summary>A wiper repair: small, approved automatically by the rules.</summary>
    public static string Wiper(string number, DateOnly repairDate) => $$"""
        {"dealerClaimNumber":"{{number}}","vin":"LSVAU2185N2100001","repairOrderNumber":"RO-{{number}}","repairDate":"{{repairDate:yyyy-MM-dd}}","mileageKm":23500,"faultCode":"F-WP-002","causalPartNumber":"PN-2002","lines":[{"type":"labor","operationCode":"LOP-WIP-001","hours":0.3},{"type":"part","partNumber":"PN-2002","quantity":1}]}
        """;

    /// <summary>A catalytic converter: above the automatic limit, so it waits in the HQ reviewers' inbox.</summary>
    public static string CatalyticConverter(string number, DateOnly repairDate) => $$"""
        {"dealerClaimNumber":"{{number}}","vin":"LSVAU2185N2100001","repairOrderNumber":"RO-{{number}}","repairDate":"{{repairDate:yyyy-MM-dd}}","mileageKm":24100,"faultCode":"F-EX-001","causalPartNumber":"PN-1001","lines":[{"type":"labor","operationCode":"LOP-ENG-010","hours":2.0},{"type":"part","partNumber":"PN-1001","quantity":1}]}
        """;
}
