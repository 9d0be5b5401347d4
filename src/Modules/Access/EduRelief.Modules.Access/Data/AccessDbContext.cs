using EduRelief.BuildingBlocks.Inbox;
using EduRelief.BuildingBlocks.Outbox;
using EduRelief.BuildingBlocks.Persistence;
using EduRelief.Modules.Access.Domain;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Access.Data;

/// <summary>
/// Identity's users, roles and claims, the audit log, and the keys that sign every token and cookie, in the Access
/// module's own database: every Host of a deployment reads the same keys, and no other deployment has them.
/// </summary>
internal abstract class AccessDbContext(DbContextOptions options) : IdentityDbContext<AccessUser>(options), IOutboxDbContext, IDataProtectionKeyContext
{
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<SignInSession> SignInSessions => Set<SignInSession>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        OutboxModel.ConfigureConventions(configurationBuilder);

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        OutboxModel.Configure(builder);
        builder.Entity<AuditEntry>(audit =>
        {
            audit.HasKey(a => a.Id);
            audit.HasIndex(a => a.UserName);
            audit.HasIndex(a => a.Module);
            audit.Property(a => a.UserName).HasMaxLength(256);
            audit.Property(a => a.Module).HasMaxLength(50);
            audit.Property(a => a.Action).HasMaxLength(200);
            audit.Property(a => a.Records).HasMaxLength(1000);
            audit.Property(a => a.Detail).HasMaxLength(1000);
            audit.Property(a => a.Outcome).HasConversion<string>().HasMaxLength(20);

            // SQLite keeps no time zone: what comes back is UTC again, and says so.
            audit.Property(a => a.AtUtc).HasConversion(at => at, at => DateTime.SpecifyKind(at, DateTimeKind.Utc));
        });
        builder.Entity<SignInSession>(session =>
        {
            session.HasKey(s => s.Id);
            session.Property(s => s.Id).HasMaxLength(36);
            session.Property(s => s.UserId).HasMaxLength(450);
            session.Property(s => s.RefreshTokenId).HasMaxLength(36);
            session.HasIndex(s => s.UserId);
            session.HasOne<AccessUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
            session.Property(s => s.CreatedAtUtc).HasConversion(at => at, at => DateTime.SpecifyKind(at, DateTimeKind.Utc));
        });
    }
}
