using Microsoft.Extensions.DependencyInjection;

namespace EduRelief.Web.Navigation;

/// <summary>How a module adds itself to the web console, from its own <c>Register</c>.</summary>
public static class ConsoleRegistration
{
    public static IServiceCollection AddMenuEntry(this IServiceCollection services, MenuEntry entry) => services.AddSingleton(entry);

    public static IServiceCollection AddHomeCard(this IServiceCollection services, HomeCard card) => services.AddSingleton(card);
}
