namespace EduRelief.Host.Admin;

internal sealed record ModuleResponse(string Name, string RoutePrefix, bool Enabled, IReadOnlyList<string> Jobs);
