using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using AntDesign;
using EduRelief.BuildingBlocks.Locking;
using EduRelief.BuildingBlocks.Messaging;
using EduRelief.BuildingBlocks.Persistence;
using EduRelief.Host.Admin;
using EduRelief.Host.Components;
using EduRelief.Host.Demo;
using EduRelief.Host.Health;
using EduRelief.Host.Http;
using EduRelief.Host.Jobs;
using EduRelief.Host.Modules;
using EduRelief.Host.Security;
using EduRelief.Host.Web;
using EduRelief.SharedKernel.Modules;
using EduRelief.SharedKernel.Time;
using Hangfire;
using Hangfire.Dashboard;
using EduRelief.Web.Identity;
using EduRelief.Web.Requests;

const string Dashboard = "/hangfire";

// `demo seed-county [--seed N]` builds the demo county and exits; any other arguments start the Host.
if (!DemoCommandLine.TryParse(args, out var demo, out var demoError))
{
    await Console.Error.WriteLineAsync(demoError);
    return 2;
}

var builder = WebApplication.CreateBuilder(demo?.HostArgs ?? args);
builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);

var catalog = ModuleCatalog.Discover(builder.Configuration);
builder.Services.AddSingleton(catalog);
builder.Services.AddSingleton<IModuleDirectory>(catalog);
foreach (var module in catalog.Enabled)
{
    module.Register(builder.Services, builder.Configuration);
}

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton(services => new CountyClock(
    services.GetRequiredService<TimeProvider>(),
    TimeZoneInfo.FindSystemTimeZoneById(builder.Configuration[CountyClock.TimeZoneKey] ?? CountyClock.DefaultTimeZone)));
builder.Services.AddEduReliefMessaging(catalog.EnabledAssemblies);
builder.Services.AddClosedByDefault();
builder.Services.AddCrossSiteProtection();
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
builder.Services.AddOpenApi();
builder.Services.AddHealthChecks().AddCheck<ModuleDatabasesHealthCheck>("module-databases");
builder.Services.AddEduReliefJobs(builder.Configuration);
builder.Services.AddSingleton<RecurringJobScheduler>();
builder.Services.AddSingleton<JobAudit>();
builder.Services.AddAdminConsole();
builder.Services.AddDemoCounty();
if (demo is not null)
{
    DemoCommandLine.ConfigureHost(builder);
}

builder.Services.AddDistributedLock(builder.Configuration);

// The web console (ADR 18): Blazor on the server, Ant Design; Chinese written as characters, not as entities.
builder.Services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddCascadingAuthenticationState();
builder.Services.AddAntDesign();
builder.Services.AddConsoleServices();
builder.Services.AddSingleton<IProblemDescriber, HttpProblemDescriber>();

var app = builder.Build();

// Hosts starting together take turns: the first migrates and seeds, the others find it done.
await using (await app.Services.GetRequiredService<IDistributedLock>().AcquireAsync("host:startup", CancellationToken.None))
{
    foreach (var database in app.Services.GetServices<IModuleDatabase>())
    {
        await database.MigrateAsync(CancellationToken.None);
    }

    // Hangfire installs its own schema when its storage is first built: inside the lock too.
    _ = app.Services.GetRequiredService<JobStorage>();

    await using var startup = app.Services.CreateAsyncScope();
    foreach (var task in startup.ServiceProvider.GetServices<IModuleStartupTask>())
    {
        await task.RunAsync(CancellationToken.None);
    }
}

app.UseSecurityHeaders();
app.UseUserLanguage();
app.UseExceptionHandler();
app.UseStatusCodePages(StatusCodeProblems.WriteAsync);
app.UseAuthentication();
app.UseMiddleware<CrossSiteWriteGuard>();
app.UseAuthorization();
app.UseAntiforgery();
app.UseDashboardAudit(Dashboard);
app.MapOpenApi();
app.MapApiReference();
app.MapHealthChecks("/health", new() { ResponseWriter = HealthResponseWriter.WriteAsync }).AllowAnonymous();
foreach (var module in catalog.Enabled)
{
    module.MapEndpoints(app);
}

app.MapAdminEndpoints();
app.MapDemoEndpoints();
app.MapStaticAssets().AllowAnonymous();
app.MapLanguageSwitch();
app.MapRazorComponents<App>()
    .AddInteractiveServerRenderMode()
    .AddAdditionalAssemblies(catalog.PageAssemblies);
app.MapHangfireDashboard(Dashboard, new DashboardOptions
{
    Authorization = [new HangfireDashboardAuthorization()],
    IsReadOnlyFunc = context => !context.GetHttpContext().User.IsInRole(EduRelief.SharedKernel.Identity.Roles.Admin),
}).RequireAuthorization(SecurityRegistration.AdminOrAuditorPolicy);
if (demo is not null)
{
    return await demo.RunAsync(app);
}

app.Services.GetRequiredService<RecurringJobScheduler>().ScheduleAll();

await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the HTTP tests' WebApplicationFactory.</summary>
public partial class Program;
