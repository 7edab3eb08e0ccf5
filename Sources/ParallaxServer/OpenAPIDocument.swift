/// The OpenAPI 3.1 description of the API, served at `/openapi.json`: what each path takes and
/// answers, checked against the running server by schemathesis in CI.
enum OpenAPIDocument {
    static let json = #"""
    {
      "openapi": "3.1.0",
      "info": {"title": "Parallax", "version": "1", "description": "Stories, reports, articles and search over a Parallax store. Errors are RFC 9457 problem details."},
      "paths": {
        "/api/stories": {
          "get": {
            "operationId": "listStories", "summary": "Stories, latest first, paged",
            "parameters": [
              {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 500}},
              {"name": "offset", "in": "query", "schema": {"type": "integer", "minimum": 0, "maximum": 10000000}},
              {"name": "since", "in": "query", "schema": {"type": "string", "format": "date"}},
              {"name": "source", "in": "query", "schema": {"type": "string"}}
            ],
            "responses": {
              "200": {"description": "parallax/stories@1", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Stories"}}}},
              "400": {"$ref": "#/components/responses/Problem"}, "414": {"$ref": "#/components/responses/Problem"}
            }
          }
        },
        "/api/stories/{id}": {
          "get": {
            "operationId": "getStory", "summary": "One story's report (parallax/report)",
            "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer", "minimum": 0}}],
            "responses": {
              "200": {"description": "The story report", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Report"}}}},
              "404": {"$ref": "#/components/responses/Problem"}
            }
          }
        },
        "/api/articles/{id}": {
          "get": {
            "operationId": "getArticle", "summary": "One article with its annotations (parallax/article@2)",
            "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
            "responses": {
              "200": {"description": "The article", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Article"}}}},
              "404": {"$ref": "#/components/responses/Problem"}
            }
          }
        },
        "/api/search": {
          "get": {
            "operationId": "search", "summary": "Ranked full-text search (parallax/search@1)",
            "parameters": [
              {"name": "q", "in": "query", "required": true, "description": "Words and \"quoted phrases\", all required; no word at all finds nothing", "schema": {"type": "string", "minLength": 1}},
              {"name": "entity", "in": "query", "schema": {"type": "string"}},
              {"name": "source", "in": "query", "schema": {"type": "string"}},
              {"name": "since", "in": "query", "schema": {"type": "string", "format": "date"}},
              {"name": "until", "in": "query", "schema": {"type": "string", "format": "date"}},
              {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 100}}
            ],
            "responses": {
              "200": {"description": "Search results", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Search"}}}},
              "400": {"$ref": "#/components/responses/Problem"}, "414": {"$ref": "#/components/responses/Problem"}
            }
          }
        },
        "/api/articles": {
          "post": {
            "operationId": "postArticles", "summary": "Ingest articles: JSON Lines, HTML, a feed or plain text, as `parallax ingest` reads a file",
            "requestBody": {"required": true, "content": {
              "application/x-ndjson": {"schema": {"type": "string", "minLength": 1}},
              "text/plain": {"schema": {"type": "string", "minLength": 1}}
            }},
            "responses": {
              "200": {"description": "Nothing new", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Ingest"}}}},
              "201": {"description": "Articles added", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Ingest"}}}},
              "400": {"$ref": "#/components/responses/Problem"}, "401": {"$ref": "#/components/responses/Problem"},
              "403": {"$ref": "#/components/responses/Problem"}, "409": {"$ref": "#/components/responses/Problem"},
              "413": {"$ref": "#/components/responses/Problem"}, "422": {"$ref": "#/components/responses/Problem"},
              "503": {"$ref": "#/components/responses/Problem"}
            }
          }
        }
      },
      "components": {
        "responses": {
          "Problem": {"description": "A problem", "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}
        },
        "schemas": {
          "Problem": {"type": "object", "required": ["status", "title", "detail", "type"], "properties": {
            "status": {"type": "integer"}, "title": {"type": "string"}, "detail": {"type": "string"}, "type": {"type": "string"}}},
          "Member": {"type": "object", "required": ["id", "source"], "properties": {
            "id": {"type": "string"}, "source": {"type": "string"}, "title": {"type": "string"},
            "published": {"type": "string", "format": "date"}, "duplicateOf": {"type": "string"}}},
          "Story": {"type": "object", "required": ["id", "title", "sources", "independent", "articles"], "properties": {
            "id": {"type": "integer"}, "title": {"type": "string"}, "first": {"type": "string", "format": "date"},
            "last": {"type": "string", "format": "date"}, "sources": {"type": "array", "items": {"type": "string"}},
            "independent": {"type": "integer"}, "articles": {"type": "array", "items": {"$ref": "#/components/schemas/Member"}}}},
          "Stories": {"type": "object", "required": ["schema", "stories"], "properties": {
            "schema": {"const": "parallax/stories@1"}, "stories": {"type": "array", "items": {"$ref": "#/components/schemas/Story"}},
            "boilerplate": {"type": "array", "items": {"type": "string"}}}},
          "Report": {"type": "object", "required": ["schema", "facts"], "properties": {"schema": {"type": "string"}, "facts": {"type": "array"}}},
          "Article": {"type": "object", "required": ["schema", "id", "text"], "properties": {
            "schema": {"const": "parallax/article@2"}, "id": {"type": "string"}, "text": {"type": "string"}}},
          "Hit": {"type": "object", "required": ["kind", "id", "source", "score", "snippet", "highlights"], "properties": {
            "kind": {"const": "article"}, "id": {"type": "string"}, "story": {"type": "integer"}, "source": {"type": "string"},
            "title": {"type": "string"}, "published": {"type": "string", "format": "date"}, "duplicateOf": {"type": "string"},
            "score": {"type": "number"}, "snippet": {"type": "string"},
            "highlights": {"type": "array", "items": {"type": "array", "items": {"type": "integer"}, "minItems": 2, "maxItems": 2}}}},
          "SearchStory": {"type": "object", "required": ["kind", "id", "title", "hits", "score"], "properties": {
            "kind": {"const": "story"}, "id": {"type": "integer"}, "title": {"type": "string"}, "hits": {"type": "integer"}, "score": {"type": "number"}}},
          "Search": {"type": "object", "required": ["schema", "query", "expression", "results", "stories"], "properties": {
            "schema": {"const": "parallax/search@1"}, "query": {"type": "string"}, "expression": {"type": "string"},
            "results": {"type": "array", "items": {"$ref": "#/components/schemas/Hit"}},
            "stories": {"type": "array", "items": {"$ref": "#/components/schemas/SearchStory"}}}},
          "Ingest": {"type": "object", "required": ["schema", "articles", "added", "updated", "unchanged", "newStories", "updatedStories", "problems"], "properties": {
            "schema": {"const": "parallax/ingest@1"}, "articles": {"type": "array", "items": {"type": "string"}},
            "added": {"type": "integer"}, "updated": {"type": "integer"}, "unchanged": {"type": "integer"},
            "newStories": {"type": "array", "items": {"type": "integer"}}, "updatedStories": {"type": "array", "items": {"type": "integer"}},
            "problems": {"type": "array", "items": {"type": "string"}}}}
        }
      }
    }
    """#
}
