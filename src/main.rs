//! The `foorumi` binary: parses the command line and hands over to the library.

use clap::Parser;

fn main() {
    let args = foorumi::cli::subcommand_first(std::env::args_os().collect());
    let cli = foorumi::cli::Cli::parse_from(args);
    std::process::exit(foorumi::cli::run(cli));
}
