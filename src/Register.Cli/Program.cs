// Placeholder entry point; the System.CommandLine wiring lands with the CLI work.
return 0;
