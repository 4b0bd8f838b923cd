using Microsoft.EntityFrameworkCore;
using WorkflowDms.Domain.Claims;

namespace WorkflowDms.Persistence.Tests.Claims;

public class ClaimPersistenceTests
{
    [Fact]
    public async Task Claim_RoundTripsWithLinesStatusAndMoney()
    {
        await using var database = await TestDatabase.CreateAsync();
        var data = new TestData();
        var ct = TestContext.Current.CancellationToken;
        var claim = data.NewClaim();
        claim.RouteToReview(TestData.Now);
        claim.RecordRuleResult("{\"fired\":[\"W-01\"]}", TestData.Now);
        await using (var db = database.NewContext())
        {
            await data.SeedAsync(db);
            db.Claims.Add(claim);
            await db.SaveChangesAsync(ct);
        }

        await using var read = database.NewContext();
        var loaded = await read.Claims.Include(c => c.Lines).SingleAsync(c => c.Id == claim.Id, ct);

        Assert.Equal((claim.Number, ClaimStatus.PendingReview, 27_100L, "CNY"), (loaded.Number, loaded.Status, loaded.TotalMinor, loaded.Currency));
        Assert.Equal((claim.RepairDate, claim.SubmittedAt, claim.OrgPath), (loaded.RepairDate, loaded.SubmittedAt, loaded.OrgPath));
        Assert.Equal("{\"fired\":[\"W-01\"]}", loaded.LastRuleResultJson);
        Assert.Equal(
            claim.Lines.Select(l => (l.Id, l.LineNumber, l.Type, l.AmountMinor, l.Disposition, l.Comment)),
            loaded.Lines.OrderBy(l => l.LineNumber).Select(l => (l.Id, l.LineNumber, l.Type, l.AmountMinor, l.Disposition, l.Comment)));
        Assert.Equal("PendingReview", await database.ScalarAsync($"SELECT \"Status\" FROM \"Claims\" WHERE \"Number\" = '{claim.Number}'"));
    }

    [Fact]
    public async Task LoadedClaim_ResumesItsLifecycleAndPersistsTheDecision()
    {
        await using var database = await TestDatabase.CreateAsync();
        var data = new TestData();
        var ct = TestContext.Current.CancellationToken;
        var claim = data.NewClaim();
        claim.RouteToReview(TestData.Now);
        await using (var db = database.NewContext())
        {
            await data.SeedAsync(db);
            db.Claims.Add(claim);
            await db.SaveChangesAsync(ct);
        }

        await using (var db = database.NewContext())
        {
            var loaded = await db.Claims.Include(c => c.Lines).SingleAsync(c => c.Id == claim.Id, ct);
            loaded.DecideLine(1, ClaimLineDisposition.Adjusted, 12_000, "ELH");
            loaded.Approve(null, null, TestData.Now.AddHours(1));
            await db.SaveChangesAsync(ct);
        }

        await using var read = database.NewContext();
        var approved = await read.Claims.Include(c => c.Lines).SingleAsync(c => c.Id == claim.Id, ct);
        Assert.Equal((ClaimStatus.Approved, 21_100L, ClaimReasonCodes.PartialApproval, 1), (approved.Status, approved.ApprovedMinor!.Value, approved.DecisionReasonCode, approved.Version));
        Assert.Equal((ClaimLineDisposition.Adjusted, 12_000L), (approved.Lines.Single(l => l.LineNumber == 1).Disposition, approved.Lines.Single(l => l.LineNumber == 1).ApprovedAmountMinor!.Value));
    }

    [Fact]
    public async Task Resubmit_ReplacesTheStoredLines()
    {
        await using var database = await TestDatabase.CreateAsync();
        var data = new TestData();
        var ct = TestContext.Current.CancellationToken;
        var claim = data.NewClaim();
        claim.SendBack("IIS", null, TestData.Now);
        await using (var db = database.NewContext())
        {
            await data.SeedAsync(db);
            db.Claims.Add(claim);
            await db.SaveChangesAsync(ct);
        }

        await using (var db = database.NewContext())
        {
            var loaded = await db.Claims.Include(c => c.Lines).SingleAsync(c => c.Id == claim.Id, ct);
            loaded.Resubmit(
                new ClaimHeader { Vin = loaded.Vin, RepairOrderNumber = loaded.RepairOrderNumber, RepairDate = loaded.RepairDate, MileageKm = 12_400 },
                [new ClaimLineDraft { Type = ClaimLineType.Part, PartNumber = "PN-200", Quantity = 1, UnitPriceMinor = 7_000 }],
                TestData.Now.AddDays(1));
            await db.SaveChangesAsync(ct);
        }

        await using var read = database.NewContext();
        var lines = await read.ClaimLines.Where(l => l.ClaimId == claim.Id).ToListAsync(ct);
        var line = Assert.Single(lines);
        Assert.Equal(("PN-200", 1), (line.PartNumber, line.LineNumber));
        var stored = await read.Claims.SingleAsync(c => c.Id == claim.Id, ct);
        Assert.Equal((ClaimStatus.Submitted, 2, 7_000L), (stored.Status, stored.SubmissionCount, stored.TotalMinor));
    }

    [Fact]
    public async Task SameDealerClaimNumberTwice_IsRefusedByTheUniqueIndex()
    {
        await using var database = await TestDatabase.CreateAsync();
        var data = new TestData();
        var ct = TestContext.Current.CancellationToken;
        await using var db = database.NewContext();
        await data.SeedAsync(db);
        db.Claims.Add(data.NewClaim("DC-7"));
        await db.SaveChangesAsync(ct);

        db.Claims.Add(data.NewClaim("DC-7"));

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(ct));
    }

    [Fact]
    public async Task ScopeQuery_ByOrgPathPrefix_FindsOnlyTheSubtree()
    {
        await using var database = await TestDatabase.CreateAsync();
        var data = new TestData();
        var ct = TestContext.Current.CancellationToken;
        await using var db = database.NewContext();
        await data.SeedAsync(db);
        db.Claims.Add(data.NewClaim());
        await db.SaveChangesAsync(ct);

        var inBranch = await db.Claims.CountAsync(c => c.OrgPath.StartsWith("/HQ/R1/B11/"), ct);
        var inOtherBranch = await db.Claims.CountAsync(c => c.OrgPath.StartsWith("/HQ/R1/B1/"), ct);

        Assert.Equal((1, 0), (inBranch, inOtherBranch));
    }
}
