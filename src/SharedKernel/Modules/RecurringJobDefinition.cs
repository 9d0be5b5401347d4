namespace EduRelief.SharedKernel.Modules;

/// <summary>
/// A background job a module asks the Host to schedule. <paramref name="Id"/> is <c>&lt;module&gt;:&lt;job&gt;</c>;
/// <paramref name="DefaultCron"/> is read in the county's time zone; <paramref name="JobType"/> implements
/// <see cref="IRecurringJob"/> and is resolved from a fresh scope on each run.
/// </summary>
public sealed record RecurringJobDefinition(string Id, string DefaultCron, Type JobType, string Description);
