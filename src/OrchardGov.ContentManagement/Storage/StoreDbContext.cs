using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using OrchardGov.ContentManagement.Accounts;
using OrchardGov.ContentManagement.Audit;
using OrchardGov.ContentManagement.Contents;
using OrchardGov.ContentManagement.Features;
using OrchardGov.ContentManagement.Sites;
using OrchardGov.ContentManagement.Storage.Configurations;

namespace OrchardGov.ContentManagement.Storage;

/// <summary>
/// The store's tables. Every query on a site-scoped table is filtered to <see cref="CurrentSiteId"/>, and
/// saving a site-scoped row of another site fails. A context with no current site sees no site's rows.
/// One subclass per provider carries that provider's migrations.
/// </summary>
public abstract class StoreDbContext(DbContextOptions options, StoreModel model) : IdentityUserContext<AdminUser>(options)
{
    public int CurrentSiteId { get; internal set; }

    internal StoreModel StoreModel => model;

    public DbSet<Document> Documents => Set<Document>();
    public DbSet<Site> Sites => Set<Site>();
    public DbSet<SiteHostName> SiteHostNames => Set<SiteHostName>();
    public DbSet<SiteFeature> SiteFeatures => Set<SiteFeature>();
    public DbSet<SiteRoleAssignment> SiteRoleAssignments => Set<SiteRoleAssignment>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<ContentChange> ContentChanges => Set<ContentChange>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfiguration(new DocumentConfiguration());
        modelBuilder.ApplyConfiguration(new SiteConfiguration());
        modelBuilder.ApplyConfiguration(new SiteHostNameConfiguration());
        modelBuilder.ApplyConfiguration(new SiteFeatureConfiguration());
        modelBuilder.ApplyConfiguration(new AdminUserConfiguration());
        modelBuilder.ApplyConfiguration(new SiteRoleAssignmentConfiguration());
        modelBuilder.ApplyConfiguration(new AuditEntryConfiguration());
        modelBuilder.ApplyConfiguration(new SiteSequenceConfiguration());
        modelBuilder.ApplyConfiguration(new ContentChangeConfiguration());
        foreach (var provider in model.IndexProviders)
        {
            provider.ConfigureTable(modelBuilder);
        }

        foreach (var entityType in modelBuilder.Model.GetEntityTypes()
                     .Where(type => typeof(ISiteScoped).IsAssignableFrom(type.ClrType)).ToList())
        {
            modelBuilder.Entity(entityType.ClrType).HasQueryFilter(OwnSiteOnly(entityType.ClrType));
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        GuardSiteScope();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        GuardSiteScope();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private LambdaExpression OwnSiteOnly(Type rowType)
    {
        var row = Expression.Parameter(rowType, "row");
        var sameSite = Expression.Equal(
            Expression.Property(row, nameof(ISiteScoped.SiteId)),
            Expression.Property(Expression.Constant(this), nameof(CurrentSiteId)));
        return Expression.Lambda(sameSite, row);
    }

    private void GuardSiteScope()
    {
        foreach (var entry in ChangeTracker.Entries<ISiteScoped>())
        {
            if (entry.State == EntityState.Added && entry.Entity.SiteId == 0)
            {
                entry.Entity.SiteId = CurrentSiteId;
            }

            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                && (CurrentSiteId == 0 || entry.Entity.SiteId != CurrentSiteId))
            {
                throw new InvalidOperationException(
                    $"A {entry.Entity.GetType().Name} of site {entry.Entity.SiteId} cannot be written in a session of site {CurrentSiteId}.");
            }
        }
    }
}
