namespace EduRelief.Host.Demo;

/// <summary>Records of one kind: entered by this run, and found already there.</summary>
internal sealed record DemoCount(string What, string WhatEn, int Created, int Found);
