"""Validates each file named after the schema with python-jsonschema (Draft 2020-12, the schema first checked
against the metaschema), one line a file: "valid", "invalid" or "unreadable" (not JSON), a tab, the file."""
import json
import sys

import jsonschema


def refuse(constant):
    raise ValueError(constant + " is not a JSON number")


def main(schema_file, *files):
    with open(schema_file, encoding="utf-8") as f:
        schema = json.load(f)
    try:
        jsonschema.Draft202012Validator.check_schema(schema)
    except jsonschema.exceptions.SchemaError as e:
        print("jsonschema: the schema is not a valid Draft 2020-12 schema: " + e.message, file=sys.stderr)
        return 2
    validator = jsonschema.Draft202012Validator(schema)
    for file in files:
        try:
            with open(file, encoding="utf-8") as f:
                doc = json.load(f, parse_constant=refuse)
        except ValueError:
            print("unreadable\t" + file)
            continue
        print(("valid" if validator.is_valid(doc) else "invalid") + "\t" + file)
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
