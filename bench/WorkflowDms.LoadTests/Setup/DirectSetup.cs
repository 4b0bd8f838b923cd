using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using WorkflowDms.Domain.Catalog;
using WorkflowDms.Domain.Organisation;
using WorkflowDms.Domain.Vehicles;
using WorkflowDms.LoadTests.Database;
using WorkflowDms.Persistence;
using WorkflowDms.Persistence.Identity;

namespace WorkflowDms.LoadTests.Setup;

/// <summary>
/// The setup rows the public API cannot create: the org root, the first admin, the catalogue and the vehicle
/// register (a real installation gets these from its ERP and vehicle master data; the product has no API for
/// them yet). Written with the product's own EF model, domain factories and ASP.NET Core Identity, so they are
/// exactly the rows the product writes. Everything else (regions, branches, dealers, keys, the reviewer) is
/// created through the admin API by <see cref="ApiSetup"/>.
/// </summary>
internal sealed class DirectSetup(IBenchDatabase database)
{
    public const string AdminEmail = "load.admin@bench.local";
    public const string Password = "Load-test-pass-1";
    public const string ModelGroup = "SEDAN-A";

    public async Task<Guid> BootstrapAsync(CancellationToken cancellationToken)
    {
        await using var provider = Services();
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowDmsDbContext>();
        var hq = OrgNode.CreateRoot(Guid.NewGuid(), "HQ", "Headquarters");
        db.OrgNodes.Add(hq);
        db.LaborOperations.AddRange(
            new LaborOperation("LOP-ENG-010", "Exhaust system: replace catalytic converter", 200, "*"),
            new LaborOperation("LOP-WIP-001", "Replace wiper blade", 30, "*"));
        db.Parts.AddRange(
            new Part("PN-1001", "Catalytic converter", 4_200_00, returnable: true, maxQuantityPerVehicle: 1),
            new Part("PN-2002", "Wiper blade", 80_00, returnable: false, maxQuantityPerVehicle: 2));
        db.FaultCodes.AddRange(
            new FaultCode("F-EX-001", "Exhaust: catalytic converter efficiency below threshold"),
            new FaultCode("F-WP-002", "Wiper blade worn or torn"));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);

        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        foreach (var role in new[] { "admins", "auditors", "warranty-reviewers", "warranty-supervisors" })
        {
            Check(await roles.CreateAsync(new IdentityRole(role)).ConfigureAwait(false));
        }

        var admin = new AppUser { UserName = AdminEmail, Email = AdminEmail, EmailConfirmed = true, OrgNodeId = hq.Id, OrgPath = hq.Path, DisplayName = "Load-test admin" };
        Check(await users.CreateAsync(admin, Password).ConfigureAwait(false));
        Check(await users.AddToRoleAsync(admin, "admins").ConfigureAwait(false));
        return hq.Id;
    }

    /// <summary>
    /// Registers <paramref name="count"/> vehicles with valid VINs, in service 2025-03-01 at the given dealers
    /// (round robin): 3 years / 100,000 km of coverage, so a claim repaired last week is covered.
    /// </summary>
    public async Task<IReadOnlyList<string>> RegisterVehiclesAsync(IReadOnlyList<Guid> dealerNodeIds, int count, CancellationToken cancellationToken)
    {
        await using var provider = Services();
        var vins = new List<string>(count);
        for (var start = 0; start < count; start += 5_000)
        {
            await using var scope = provider.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<WorkflowDmsDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = start; i < Math.Min(count, start + 5_000); i++)
            {
                var vin = Vin(i);
                var dealer = dealerNodeIds[i % dealerNodeIds.Count];
                var vehicle = Vehicle.Register(Guid.NewGuid(), vin, ModelGroup, new DateTime(2025, 1, 20, 0, 0, 0, DateTimeKind.Utc), 36, 100_000, dealer);
                vehicle.PutInService(new DateTime(2025, 3, 1, 0, 0, 0, DateTimeKind.Utc), dealer);
                db.Vehicles.Add(vehicle);
                vins.Add(vin);
            }

            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        return vins;
    }

    /// <summary>A VIN of the demo's pattern (WMI LSV, model year N, plant 2) with serial 300000 + i and its check digit.</summary>
    public static string Vin(int i)
    {
        var chars = $"LSVAU2180N2{300_000 + i:D6}".ToCharArray();
        chars[VinValidator.CheckDigitPosition - 1] = VinValidator.ComputeCheckDigit(chars);
        return new string(chars);
    }

    private ServiceProvider Services()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDbContext<WorkflowDmsDbContext>(database.Configure);
        services.AddIdentityCore<AppUser>()
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<WorkflowDmsDbContext>();
        return services.BuildServiceProvider();
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Setup failed: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
