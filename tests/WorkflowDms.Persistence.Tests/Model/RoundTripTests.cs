using Microsoft.EntityFrameworkCore;
using WorkflowDms.Domain.Catalog;
using WorkflowDms.Domain.Dealers;
using WorkflowDms.Domain.Idempotency;
using WorkflowDms.Domain.Organisation;
using WorkflowDms.Domain.Vehicles;
using WorkflowDms.Domain.Workflows;
using WorkflowDms.Persistence.Identity;

namespace WorkflowDms.Persistence.Tests.Model;

public class RoundTripTests
{
    [Fact]
    public async Task OrgTreeAndDealer_RoundTrip()
    {
        await using var database = await TestDatabase.CreateAsync();
        var data = new TestData();
        var ct = TestContext.Current.CancellationToken;
        await using (var db = database.NewContext())
        {
            await data.SeedAsync(db);
        }

        await using var read = database.NewContext();
        var nodes = await read.OrgNodes.OrderBy(n => n.Path).ToListAsync(ct);
        var dealer = await read.Dealers.SingleAsync(ct);

        Assert.Equal(["/HQ/", "/HQ/R1/", "/HQ/R1/B11/", "/HQ/R1/B11/D1001/"], nodes.Select(n => n.Path));
        Assert.Equal((OrgNodeKind.Dealer, 1, data.Branch.Id), (nodes[3].Kind, nodes[3].Tier!.Value, nodes[3].ParentId!.Value));
        Assert.Equal(data.Dealer.Terms, dealer.Terms);
        Assert.Equal((data.DealerNode.Id, "/HQ/R1/B11/D1001/", "CNY", true), (dealer.OrgNodeId, dealer.OrgPath, dealer.Currency, dealer.Active));
    }

    [Fact]
    public async Task ApiKey_IsFoundByTheHashOfThePresentedKey()
    {
        await using var database = await TestDatabase.CreateAsync();
        var data = new TestData();
        var ct = TestContext.Current.CancellationToken;
        var plain = ApiKeyHasher.NewKey();
        await using (var db = database.NewContext())
        {
            await data.SeedAsync(db);
            db.ApiKeys.Add(ApiKey.Issue(Guid.NewGuid(), data.Dealer.Id, plain, "DMS", TestData.Now));
            await db.SaveChangesAsync(ct);
        }

        await using var read = database.NewContext();
        var hash = ApiKeyHasher.Hash(plain);
        var key = await read.ApiKeys.SingleAsync(k => k.KeyHash == hash, ct);

        Assert.Equal((data.Dealer.Id, "DMS", TestData.Now), (key.DealerId, key.Label, key.CreatedAt));
        Assert.True(ApiKeyHasher.Verify(plain, key.KeyHash));
    }

    [Fact]
    public async Task VehicleAndCatalog_RoundTrip()
    {
        await using var database = await TestDatabase.CreateAsync();
        var ct = TestContext.Current.CancellationToken;
        var vehicle = Vehicle.Register(Guid.NewGuid(), "LSVAU2187N2100002", "MG-A", new DateTime(2025, 5, 1, 0, 0, 0, DateTimeKind.Utc), 36, 100_000);
        vehicle.PutInService(new DateTime(2025, 6, 1, 0, 0, 0, DateTimeKind.Utc), null);
        await using (var db = database.NewContext())
        {
            db.Vehicles.Add(vehicle);
            db.LaborOperations.Add(new LaborOperation("OP-10", "Replace ignition coil", 150, "MG-A,MG-B"));
            db.Parts.Add(new Part("PN-100", "Ignition coil", 4_550, true, 4));
            db.FaultCodes.Add(new FaultCode("P0300", "Random misfire"));
            await db.SaveChangesAsync(ct);
        }

        await using var read = database.NewContext();
        var v = await read.Vehicles.SingleAsync(x => x.Vin == "LSVAU2187N2100002", ct);
        var op = await read.LaborOperations.SingleAsync(ct);
        var part = await read.Parts.SingleAsync(ct);
        var fault = await read.FaultCodes.SingleAsync(ct);

        Assert.Equal((vehicle.Id, "MG-A", vehicle.ProductionDate, vehicle.InServiceDate, 36, 100_000), (v.Id, v.ModelGroup, v.ProductionDate, v.InServiceDate, v.CoverageMonths, v.CoverageKm));
        Assert.Equal((150L, true, false), (op.StandardHundredthHours, op.AppliesTo("mg-b"), op.AppliesTo("MG-C")));
        Assert.Equal((4_550L, true, 4), (part.PriceMinor, part.Returnable, part.MaxQuantityPerVehicle));
        Assert.Equal("Random misfire", fault.Description);
    }

    [Fact]
    public async Task WorkflowInstanceBookmarksAndDefinition_RoundTrip()
    {
        await using var database = await TestDatabase.CreateAsync();
        var ct = TestContext.Current.CancellationToken;
        var instance = WorkflowInstanceRecord.Start(Guid.NewGuid(), "warranty-claim", 1, "claim:1", "Running", "{\"tokens\":[\"t1\"]}", TestData.Now);
        var timer = BookmarkRecord.ForTimer(Guid.NewGuid(), instance.Id, "b1", "PartsDeadline", TestData.Now.AddDays(30));
        var message = BookmarkRecord.ForMessage(Guid.NewGuid(), instance.Id, "b2", "WaitParts", "parts-received", "WC-1");
        await using (var db = database.NewContext())
        {
            db.WorkflowInstances.Add(instance);
            db.Bookmarks.AddRange(timer, message);
            db.ProcessDefinitions.Add(ProcessDefinitionRecord.Deploy(Guid.NewGuid(), "warranty-claim", 1, "<definitions/>", TestData.Now));
            await db.SaveChangesAsync(ct);
        }

        await using var read = database.NewContext();
        var due = await read.Bookmarks
            .Where(b => b.Kind == BookmarkKinds.Timer && b.DueAt <= TestData.Now.AddDays(31))
            .OrderBy(b => b.DueAt)
            .ToListAsync(ct);
        var stored = await read.WorkflowInstances.SingleAsync(ct);
        var definition = await read.ProcessDefinitions.SingleAsync(ct);

        Assert.Equal(timer.Id, Assert.Single(due).Id);
        Assert.Equal(("Running", "{\"tokens\":[\"t1\"]}", "claim:1"), (stored.Status, stored.StateJson, stored.BusinessKey));
        Assert.Equal(ProcessDefinitionRecord.HashOf("<definitions/>"), definition.Sha256);
        Assert.Equal(message.Id, (await read.Bookmarks.SingleAsync(b => b.Kind == BookmarkKinds.Message && b.Key == "message:parts-received:WC-1", ct)).Id);
    }

    [Fact]
    public async Task DuplicateBookmarkKey_IsRefused()
    {
        await using var database = await TestDatabase.CreateAsync();
        var ct = TestContext.Current.CancellationToken;
        var instance = WorkflowInstanceRecord.Start(Guid.NewGuid(), "p", 1, null, "Running", "{}", TestData.Now);
        await using var db = database.NewContext();
        db.WorkflowInstances.Add(instance);
        db.Bookmarks.Add(BookmarkRecord.ForMessage(Guid.NewGuid(), instance.Id, "b1", "e", "m", "k"));
        db.Bookmarks.Add(BookmarkRecord.ForMessage(Guid.NewGuid(), instance.Id, "b2", "e", "m", "k"));

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(ct));
    }

    [Fact]
    public async Task WorkflowInstance_Version_IsAConcurrencyToken()
    {
        await using var database = await TestDatabase.CreateAsync();
        var ct = TestContext.Current.CancellationToken;
        var instance = WorkflowInstanceRecord.Start(Guid.NewGuid(), "p", 1, null, "Running", "{}", TestData.Now);
        await using (var db = database.NewContext())
        {
            db.WorkflowInstances.Add(instance);
            await db.SaveChangesAsync(ct);
        }

        await using var first = database.NewContext();
        await using var second = database.NewContext();
        (await first.WorkflowInstances.SingleAsync(ct)).Update("Completed", "{\"a\":1}", TestData.Now);
        (await second.WorkflowInstances.SingleAsync(ct)).Update("Faulted", "{\"b\":1}", TestData.Now);

        await first.SaveChangesAsync(ct);
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync(ct));
    }

    [Fact]
    public async Task IdempotencyRecord_RoundTripsAndKeyIsUniquePerDealer()
    {
        await using var database = await TestDatabase.CreateAsync();
        var ct = TestContext.Current.CancellationToken;
        var dealer = Guid.NewGuid();
        var resource = Guid.NewGuid();
        await using (var db = database.NewContext())
        {
            db.IdempotencyRecords.Add(IdempotencyRecord.Record(Guid.NewGuid(), dealer, "key-1", "h", 201, "{\"id\":1}", resource, TestData.Now));
            db.IdempotencyRecords.Add(IdempotencyRecord.Record(Guid.NewGuid(), Guid.NewGuid(), "key-1", "h", 201, "{}", null, TestData.Now));
            await db.SaveChangesAsync(ct);
        }

        await using var read = database.NewContext();
        var record = await read.IdempotencyRecords.SingleAsync(r => r.DealerId == dealer && r.Key == "key-1", ct);
        Assert.Equal((201, "{\"id\":1}", resource), (record.StatusCode, record.ResponseJson, record.ResourceId!.Value));

        read.IdempotencyRecords.Add(IdempotencyRecord.Record(Guid.NewGuid(), dealer, "key-1", "h2", 201, "{}", null, TestData.Now));
        await Assert.ThrowsAsync<DbUpdateException>(() => read.SaveChangesAsync(ct));
    }

    [Fact]
    public async Task AppUser_RoundTripsOrgScope()
    {
        await using var database = await TestDatabase.CreateAsync();
        var ct = TestContext.Current.CancellationToken;
        var user = new AppUser { UserName = "reviewer@example.test", OrgNodeId = Guid.NewGuid(), OrgPath = "/HQ/R1/", DisplayName = "Reviewer" };
        await using (var db = database.NewContext())
        {
            db.Users.Add(user);
            await db.SaveChangesAsync(ct);
        }

        await using var read = database.NewContext();
        var stored = await read.Users.SingleAsync(u => u.Id == user.Id, ct);

        Assert.Equal((user.OrgNodeId, "/HQ/R1/", "Reviewer"), (stored.OrgNodeId, stored.OrgPath, stored.DisplayName));
    }
}
