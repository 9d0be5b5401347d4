namespace EduRelief.Modules.Registry.Features.ImportRoster;

/// <summary>One reason one row was refused: its line in the file, the column and what is wrong.</summary>
internal sealed record RosterRowError(int Line, string Field, string Message);
