using System.Reflection;
using EduRelief.BuildingBlocks.Periods;
using EduRelief.SharedKernel.Validation;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace EduRelief.BuildingBlocks.Messaging;

public static class MessagingRegistration
{
    /// <summary>
    /// Registers MediatR 5.1.0 by hand (there is no AddMediatR package for it here): the mediator, the pipeline,
    /// and every handler and validator in <paramref name="assemblies"/>, internal ones included.
    /// </summary>
    public static IServiceCollection AddEduReliefMessaging(this IServiceCollection services, IEnumerable<Assembly> assemblies)
    {
        services.AddScoped<ServiceFactory>(sp => sp.GetRequiredService);
        services.AddScoped<IMediator, PublishToAllMediator>();
        // Outermost first: log everything, audit what was asked and how it ended, refuse what the caller may not
        // do, refuse bad input before any handler runs, refuse writes into a year locked as reported, then count the
        // national-ID lookups that find nothing.
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(LoggingBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(AuditBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(AuthorizationBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(PeriodLockBehavior<,>));
        services.AddScoped<PeriodGuard>();
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(NationalIdLookupBehavior<,>));
        services.AddSingleton<LookupMisses>();
        services.AddOptions<LookupLimits>().BindConfiguration(LookupLimits.Section);

        services.Scan(scan => scan
            .FromAssemblies(assemblies.Distinct())
            .AddClasses(c => c.AssignableToAny(typeof(IRequestHandler<,>), typeof(INotificationHandler<>), typeof(IValidator<>)), publicOnly: false)
            .AsImplementedInterfaces()
            .WithScopedLifetime());
        return services;
    }
}
